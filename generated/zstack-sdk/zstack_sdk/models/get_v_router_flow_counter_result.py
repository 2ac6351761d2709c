"""Result models: GetVRouterFlowCounterResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .flow_counter import FlowCounter

__all__ = [
    "GetVRouterFlowCounterResult",
]


class GetVRouterFlowCounterResult(ZStackModel):
    """The result of GetVRouterFlowCounter (ZStack's `GetVRouterFlowCounterResult`)."""

    counters: list[FlowCounter] | None = None
    """详情参考counters (since 3.6.0)"""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.6.0)"""
