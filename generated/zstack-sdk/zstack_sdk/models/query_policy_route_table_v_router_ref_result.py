"""Result models: QueryPolicyRouteTableVRouterRefResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryPolicyRouteTableVRouterRefResult",
]


class QueryPolicyRouteTableVRouterRefResult(ZStackModel):
    """The result of QueryPolicyRouteTableVRouterRef (ZStack's `QueryPolicyRouteTableVRouterRefResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.6.0)"""

    inventories: list[Any] | None = None

    total: int | None = None
