"""Result models: BatchAddBareMetal2IpmiChassisResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .long_job_inventory import LongJobInventory

__all__ = [
    "BatchAddBareMetal2IpmiChassisResult",
]


class BatchAddBareMetal2IpmiChassisResult(ZStackModel):
    """The result of BatchAddBareMetal2IpmiChassis (ZStack's `BatchAddBareMetal2ChassisResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.0.0)"""

    inventory: LongJobInventory | None = None
    """详情参考inventory (since 4.0.0)"""

    success: bool | None = None
    """success (since 4.3.6)"""
