"""Result models: GetVmNicAttachableEipsResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .eip_inventory import EipInventory
from .error_code import ErrorCode

__all__ = [
    "GetVmNicAttachableEipsResult",
]


class GetVmNicAttachableEipsResult(ZStackModel):
    """The result of GetVmNicAttachableEips (ZStack's `GetVmNicAttachableEipsResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.4.6)"""

    inventories: list[EipInventory] | None = None
    """详情参考inventories (since 4.4.6)"""

    success: bool | None = None
    """success (since 4.4.6)"""
