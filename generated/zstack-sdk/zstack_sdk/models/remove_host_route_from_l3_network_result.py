"""Result models: RemoveHostRouteFromL3NetworkResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .l3_network_inventory import L3NetworkInventory

__all__ = [
    "RemoveHostRouteFromL3NetworkResult",
]


class RemoveHostRouteFromL3NetworkResult(ZStackModel):
    """The result of RemoveHostRouteFromL3Network (ZStack's `RemoveHostRouteFromL3NetworkResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.3)"""

    inventory: L3NetworkInventory | None = None
    """详情参考inventory (since 2.3)"""
