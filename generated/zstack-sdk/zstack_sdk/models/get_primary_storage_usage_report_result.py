"""Result models: GetPrimaryStorageUsageReportResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .usage_report import UsageReport

__all__ = [
    "GetPrimaryStorageUsageReportResult",
]


class GetPrimaryStorageUsageReportResult(ZStackModel):
    """The result of GetPrimaryStorageUsageReport (ZStack's `GetPrimaryStorageUsageReportResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.7.21)"""

    success: bool | None = None
    """success (since 4.7.21)"""

    uri_usage_forecast: dict[str, UsageReport] | None = None
    """详情参考uriUsageForecast (since 4.7.21)"""

    usage_report: UsageReport | None = None
    """详情参考usagereport (since 4.7.21)"""
