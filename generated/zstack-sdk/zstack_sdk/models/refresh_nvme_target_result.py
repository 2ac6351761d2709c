"""Result models: RefreshNvmeTargetResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .nvme_target_inventory import NvmeTargetInventory

__all__ = [
    "RefreshNvmeTargetResult",
]


class RefreshNvmeTargetResult(ZStackModel):
    """The result of RefreshNvmeTarget (ZStack's `RefreshNvmeTargetResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.6.21)"""

    inventories: list[NvmeTargetInventory] | None = None
    """详情参考inventories (since 4.6.21)"""

    success: bool | None = None
    """success (since 4.6.21)"""
