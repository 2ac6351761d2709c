"""Result models: QueryPolicyRouteRuleSetResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryPolicyRouteRuleSetResult",
]


class QueryPolicyRouteRuleSetResult(ZStackModel):
    """The result of QueryPolicyRouteRuleSet (ZStack's `QueryPolicyRouteRuleSetResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.6.0)"""

    inventories: list[Any] | None = None
    """详情参考inventories (since 3.6.0)"""

    total: int | None = None
