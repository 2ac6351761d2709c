"""Result models: CheckNetworkReachableResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .network_reachable_pair import NetworkReachablePair

__all__ = [
    "CheckNetworkReachableResult",
]


class CheckNetworkReachableResult(ZStackModel):
    """The result of CheckNetworkReachable (ZStack's `CheckNetworkReachableResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.7.21)"""

    results: list[NetworkReachablePair] | None = None
    """详情参考results (since 4.7.21)"""

    success: bool | None = None
    """success (since 4.7.21)"""
