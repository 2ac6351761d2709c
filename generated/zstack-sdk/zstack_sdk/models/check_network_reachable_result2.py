"""Result models: CheckNetworkReachableResult2 (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .check_network_reachable_result import CheckNetworkReachableResult
from .error_code import ErrorCode

__all__ = [
    "CheckNetworkReachableResult2",
]


class CheckNetworkReachableResult2(ZStackModel):
    """The ``CheckNetworkReachableResult2`` structure."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.7.21)"""

    results: list[CheckNetworkReachableResult] | None = None
    """详情参考results (since 4.7.21)"""

    success: bool | None = None
    """success (since 4.7.21)"""
