"""Result models: QueryVCenterDatacenterResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryVCenterDatacenterResult",
]


class QueryVCenterDatacenterResult(ZStackModel):
    """The result of QueryVCenterDatacenter (ZStack's `QueryVCenterDatacenterResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None
