"""Result models: ReloadElaborationResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ReloadElaborationResult",
]


class ReloadElaborationResult(ZStackModel):
    """The result of ReloadElaboration (ZStack's `ReloadElaborationResult`)."""

    error: ErrorCode | None = None
