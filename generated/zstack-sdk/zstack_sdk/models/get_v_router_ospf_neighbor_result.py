"""Result models: GetVRouterOspfNeighborResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .neighbor import Neighbor

__all__ = [
    "GetVRouterOspfNeighborResult",
]


class GetVRouterOspfNeighborResult(ZStackModel):
    """The result of GetVRouterOspfNeighbor (ZStack's `GetVRouterOspfNeighborResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.4.0)"""

    neighbors: list[Neighbor] | None = None
    """详情参考neighbors (since 3.4.0)"""
