"""Result models: QueryVpcVpnConnectionFromLocalResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryVpcVpnConnectionFromLocalResult",
]


class QueryVpcVpnConnectionFromLocalResult(ZStackModel):
    """The result of QueryVpcVpnConnectionFromLocal (ZStack's `QueryVpcVpnConnectionFromLocalResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None
