"""Result models: RemoveAccessControlListEntryResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RemoveAccessControlListEntryResult",
]


class RemoveAccessControlListEntryResult(ZStackModel):
    """The result of RemoveAccessControlListEntry (ZStack's `RemoveAccessControlListEntryResult`)."""

    error: ErrorCode | None = None
