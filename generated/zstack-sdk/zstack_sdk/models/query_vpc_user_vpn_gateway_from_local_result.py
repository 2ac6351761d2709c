"""Result models: QueryVpcUserVpnGatewayFromLocalResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryVpcUserVpnGatewayFromLocalResult",
]


class QueryVpcUserVpnGatewayFromLocalResult(ZStackModel):
    """The result of QueryVpcUserVpnGatewayFromLocal (ZStack's `QueryVpcUserVpnGatewayFromLocalResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None
