"""Result models: GetFlowMeterRouterIdResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetFlowMeterRouterIdResult",
]


class GetFlowMeterRouterIdResult(ZStackModel):
    """The result of GetFlowMeterRouterId (ZStack's `GetFlowMeterRouterIdResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.6.0)"""

    router_id: int | None = None
    """路由器标识 (since 3.6.0)"""
