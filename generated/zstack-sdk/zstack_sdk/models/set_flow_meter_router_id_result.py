"""Result models: SetFlowMeterRouterIdResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SetFlowMeterRouterIdResult",
]


class SetFlowMeterRouterIdResult(ZStackModel):
    """The result of SetFlowMeterRouterId (ZStack's `SetFlowMeterRouterIdResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.6.0)"""

    router_id: int | None = None
    """VPC路由器的流量监控标识 (since 3.6.0)"""
