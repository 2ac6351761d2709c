"""Result models: GetZWatchAlertHistogramResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetZWatchAlertHistogramResult",
]


class GetZWatchAlertHistogramResult(ZStackModel):
    """The result of GetZWatchAlertHistogram (ZStack's `GetZWatchAlertHistogramResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.1.0)"""

    histograms: list[Any] | None = None
    """histograms (since 4.1.0)"""

    success: bool | None = None
    """success (since 4.1.0)"""
