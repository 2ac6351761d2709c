"""Result models: DeleteAccountResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteAccountResult",
]


class DeleteAccountResult(ZStackModel):
    """The result of DeleteAccount (ZStack's `DeleteAccountResult`)."""

    error: ErrorCode | None = None
