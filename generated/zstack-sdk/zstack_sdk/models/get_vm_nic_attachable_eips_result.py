"""Result models: GetVmNicAttachableEipsResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vm_nic_attachable_eips_inventory import VmNicAttachableEipsInventory

__all__ = [
    "GetVmNicAttachableEipsResult",
]


class GetVmNicAttachableEipsResult(ZStackModel):
    """The ``GetVmNicAttachableEipsResult`` structure."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.4.6)"""

    inventories: list[VmNicAttachableEipsInventory] | None = None
    """详情参考inventories (since 4.4.6)"""

    success: bool | None = None
    """success (since 4.4.6)"""
