"""Result models: CreateSlbInstanceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .slb_vm_instance_inventory import SlbVmInstanceInventory

__all__ = [
    "CreateSlbInstanceResult",
]


class CreateSlbInstanceResult(ZStackModel):
    """The result of CreateSlbInstance (ZStack's `CreateSlbInstanceResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.0.0)"""

    inventory: SlbVmInstanceInventory | None = None
    """详情参考inventory (since 4.0.0)"""

    success: bool | None = None
    """success (since 0.6)"""
