"""Result models: QueryAliyunEbsPrimaryStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .primary_storage_inventory import PrimaryStorageInventory

__all__ = [
    "QueryAliyunEbsPrimaryStorageResult",
]


class QueryAliyunEbsPrimaryStorageResult(ZStackModel):
    """The result of QueryAliyunEbsPrimaryStorage (ZStack's `QueryPrimaryStorageResult`)."""

    error: ErrorCode | None = None

    inventories: list[PrimaryStorageInventory] | None = None

    total: int | None = None
