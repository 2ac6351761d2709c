"""Result models: QueryL2VirtualSwitchNetworkResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryL2VirtualSwitchNetworkResult",
]


class QueryL2VirtualSwitchNetworkResult(ZStackModel):
    """The result of QueryL2VirtualSwitchNetwork (ZStack's `QueryL2VirtualSwitchNetworkResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None
