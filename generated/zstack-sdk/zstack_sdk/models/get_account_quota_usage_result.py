"""Result models: GetAccountQuotaUsageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .quota_usage import QuotaUsage

__all__ = [
    "GetAccountQuotaUsageResult",
]


class GetAccountQuotaUsageResult(ZStackModel):
    """The result of GetAccountQuotaUsage (ZStack's `GetAccountQuotaUsageResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    usages: list[QuotaUsage] | None = None
    """详情参考usages (since 0.6)"""
