"""Result models: QueryLocalRaidControllerResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryLocalRaidControllerResult",
]


class QueryLocalRaidControllerResult(ZStackModel):
    """The result of QueryLocalRaidController (ZStack's `QueryLocalRaidPhysicalDriveResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None
