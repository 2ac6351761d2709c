"""Result models: CreateEmailMediaResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .media_inventory import MediaInventory

__all__ = [
    "CreateEmailMediaResult",
]


class CreateEmailMediaResult(ZStackModel):
    """The result of CreateEmailMedia (ZStack's `CreateMediaResult`)."""

    error: ErrorCode | None = None

    inventory: MediaInventory | None = None
