"""Result models: QueryEthernetVFResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryEthernetVFResult",
]


class QueryEthernetVFResult(ZStackModel):
    """The result of QueryEthernetVF (ZStack's `QueryEthernetVFResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None
