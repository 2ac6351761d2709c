"""Result models: QueryVpcVpnGatewayFromLocalResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryVpcVpnGatewayFromLocalResult",
]


class QueryVpcVpnGatewayFromLocalResult(ZStackModel):
    """The result of QueryVpcVpnGatewayFromLocal (ZStack's `QueryVpcVpnGatewayFromLocalResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None
