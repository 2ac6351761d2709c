"""Result models: UpdateTagResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .tag_pattern_inventory import TagPatternInventory

__all__ = [
    "UpdateTagResult",
]


class UpdateTagResult(ZStackModel):
    """The result of UpdateTag (ZStack's `UpdateTagResult`)."""

    error: ErrorCode | None = None

    inventory: TagPatternInventory | None = None
