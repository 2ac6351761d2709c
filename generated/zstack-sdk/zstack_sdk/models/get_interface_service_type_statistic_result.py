"""Result models: GetInterfaceServiceTypeStatisticResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .service_type_statistic_data import ServiceTypeStatisticData

__all__ = [
    "GetInterfaceServiceTypeStatisticResult",
]


class GetInterfaceServiceTypeStatisticResult(ZStackModel):
    """The result of GetInterfaceServiceTypeStatistic (ZStack's `GetInterfaceServiceTypeStatisticResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.7.11)"""

    service_type_statistics: list[ServiceTypeStatisticData] | None = None
    """详情参考serviceTypeStatistics (since 4.7.11)"""

    success: bool | None = None
    """成功 (since 4.7.11)"""

    total: int | None = None
    """统计结果总数 (since 4.7.11)"""
