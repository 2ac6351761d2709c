"""Result models: GetVmMonitorNumberResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetVmMonitorNumberResult",
]


class GetVmMonitorNumberResult(ZStackModel):
    """The result of GetVmMonitorNumber (ZStack's `GetVmMonitorNumberResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.2)"""

    monitor_number: int | None = None
    """monitorNumber (since 2.2)"""
