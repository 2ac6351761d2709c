"""Result models: GetL3NetworkIpStatisticResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .ip_statistic_data import IpStatisticData

__all__ = [
    "GetL3NetworkIpStatisticResult",
]


class GetL3NetworkIpStatisticResult(ZStackModel):
    """The result of GetL3NetworkIpStatistic (ZStack's `GetL3NetworkIpStatisticResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.7.0)"""

    ip_statistics: list[IpStatisticData] | None = None
    """详情参考ipStatistics (since 3.7.0)"""

    success: bool | None = None
    """成功 (since 3.7.0)"""

    total: int | None = None
    """IP统计结果总数 (since 3.7.0)"""
