"""Result models: GetEipAttachableVmNicsResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .eip_attachable_vm_nics_inventory import EipAttachableVmNicsInventory
from .error_code import ErrorCode

__all__ = [
    "GetEipAttachableVmNicsResult",
]


class GetEipAttachableVmNicsResult(ZStackModel):
    """The ``GetEipAttachableVmNicsResult`` structure."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[EipAttachableVmNicsInventory] | None = None
    """详情参考inventories (since 0.6)"""
