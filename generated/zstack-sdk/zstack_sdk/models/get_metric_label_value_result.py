"""Result models: GetMetricLabelValueResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetMetricLabelValueResult",
]


class GetMetricLabelValueResult(ZStackModel):
    """The result of GetMetricLabelValue (ZStack's `GetMetricLabelValueResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    labels: list[Any] | None = None
    """标签值 (since 0.6)"""
