"""Result models: DeleteAlertResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteAlertResult",
]


class DeleteAlertResult(ZStackModel):
    """The result of DeleteAlert (ZStack's `DeleteAlertResult`)."""

    error: ErrorCode | None = None
