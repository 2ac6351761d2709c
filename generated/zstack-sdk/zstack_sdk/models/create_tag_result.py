"""Result models: CreateTagResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .tag_pattern_inventory import TagPatternInventory

__all__ = [
    "CreateTagResult",
]


class CreateTagResult(ZStackModel):
    """The result of CreateTag (ZStack's `CreateTagResult`)."""

    error: ErrorCode | None = None

    inventory: TagPatternInventory | None = None
