"""Result models: QueryVpcHaGroupNetworkServiceRefResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryVpcHaGroupNetworkServiceRefResult",
]


class QueryVpcHaGroupNetworkServiceRefResult(ZStackModel):
    """The result of QueryVpcHaGroupNetworkServiceRef (ZStack's `QueryVpcHaGroupNetworkServiceRefResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None
