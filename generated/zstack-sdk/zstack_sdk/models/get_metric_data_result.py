"""Result models: GetMetricDataResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .datapoint import Datapoint
from .error_code import ErrorCode

__all__ = [
    "GetMetricDataResult",
]


class GetMetricDataResult(ZStackModel):
    """The result of GetMetricData (ZStack's `GetMetricDataResult`)."""

    data: list[Datapoint] | None = None
    """详情参考data (since 2.3)"""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.3)"""
