"""Result models: QueryVtepResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vtep_inventory import VtepInventory

__all__ = [
    "QueryVtepResult",
]


class QueryVtepResult(ZStackModel):
    """The result of QueryVtep (ZStack's `QueryVtepResult`)."""

    error: ErrorCode | None = None

    inventories: list[VtepInventory] | None = None

    total: int | None = None
