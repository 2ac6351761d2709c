"""Result models: QueryLocalRaidPhysicalDriveResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryLocalRaidPhysicalDriveResult",
]


class QueryLocalRaidPhysicalDriveResult(ZStackModel):
    """The result of QueryLocalRaidPhysicalDrive (ZStack's `QueryLocalRaidPhysicalDriveResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None
