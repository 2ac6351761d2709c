"""Result models: DeleteIPsecConnectionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteIPsecConnectionResult",
]


class DeleteIPsecConnectionResult(ZStackModel):
    """The result of DeleteIPsecConnection (ZStack's `DeleteIPsecConnectionResult`)."""

    error: ErrorCode | None = None
