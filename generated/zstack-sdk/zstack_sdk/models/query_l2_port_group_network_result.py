"""Result models: QueryL2PortGroupNetworkResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryL2PortGroupNetworkResult",
]


class QueryL2PortGroupNetworkResult(ZStackModel):
    """The result of QueryL2PortGroupNetwork (ZStack's `QueryL2PortGroupNetworkResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None
