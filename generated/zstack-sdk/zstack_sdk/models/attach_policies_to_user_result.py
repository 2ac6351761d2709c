"""Result models: AttachPoliciesToUserResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AttachPoliciesToUserResult",
]


class AttachPoliciesToUserResult(ZStackModel):
    """The result of AttachPoliciesToUser (ZStack's `AttachPoliciesToUserResult`)."""

    error: ErrorCode | None = None
