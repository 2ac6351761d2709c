"""Result models: RefreshLocalRaidResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RefreshLocalRaidResult",
]


class RefreshLocalRaidResult(ZStackModel):
    """The result of RefreshLocalRaid (ZStack's `RefreshLocalRaidResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None
