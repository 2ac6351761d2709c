"""Result models: QueryLocalStorageResourceRefResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .local_storage_resource_ref_inventory import LocalStorageResourceRefInventory

__all__ = [
    "QueryLocalStorageResourceRefResult",
]


class QueryLocalStorageResourceRefResult(ZStackModel):
    """The result of QueryLocalStorageResourceRef (ZStack's `QueryLocalStorageResourceRefResult`)."""

    error: ErrorCode | None = None

    inventories: list[LocalStorageResourceRefInventory] | None = None

    total: int | None = None
