"""Result models: GetHostMultipathTopologyResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .result import Result

__all__ = [
    "GetHostMultipathTopologyResult",
]


class GetHostMultipathTopologyResult(ZStackModel):
    """The result of GetHostMultipathTopology."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 5.3.0)"""

    results: list[Result] | None = None
    """详情参考results (since 5.3.0)"""

    success: bool | None = None
    """success (since 5.3.0)"""
