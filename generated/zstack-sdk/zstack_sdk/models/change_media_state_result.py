"""Result models: ChangeMediaStateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .media_inventory import MediaInventory

__all__ = [
    "ChangeMediaStateResult",
]


class ChangeMediaStateResult(ZStackModel):
    """The result of ChangeMediaState (ZStack's `ChangeMediaStateResult`)."""

    error: ErrorCode | None = None

    inventory: MediaInventory | None = None
