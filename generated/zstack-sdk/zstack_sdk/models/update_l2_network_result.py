"""Result models: UpdateL2NetworkResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .l2_network_inventory import L2NetworkInventory

__all__ = [
    "UpdateL2NetworkResult",
]


class UpdateL2NetworkResult(ZStackModel):
    """The result of UpdateL2Network (ZStack's `UpdateL2NetworkResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventory: L2NetworkInventory | None = None
    """详情参考inventory (since 0.6)"""
