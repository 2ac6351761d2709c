"""Result models: CreateSystemTagsResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .system_tag_inventory import SystemTagInventory

__all__ = [
    "CreateSystemTagsResult",
]


class CreateSystemTagsResult(ZStackModel):
    """The result of CreateSystemTags (ZStack's `CreateSystemTagsResult`)."""

    error: ErrorCode | None = None

    inventories: list[SystemTagInventory] | None = None
