"""Result models: GetSchedulerExecutionReportResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetSchedulerExecutionReportResult",
]


class GetSchedulerExecutionReportResult(ZStackModel):
    """The result of GetSchedulerExecutionReport (ZStack's `GetSchedulerExecutionReportResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.9.0)"""

    failure_records: list[Any] | None = None
    """失败记录 (since 3.9.0)"""

    partial_success_records: list[Any] | None = None
    """部分成功记录 (since 3.9.0)"""

    success: bool | None = None
    """success (since 3.9.0)"""

    success_records: list[Any] | None = None
    """成功记录 (since 3.9.0)"""

    waiting_records: list[Any] | None = None
    """等待执行完成记录 (since 3.9.0)"""
