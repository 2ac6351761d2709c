"""Result models: UpdateFactoryModeStateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "UpdateFactoryModeStateResult",
]


class UpdateFactoryModeStateResult(ZStackModel):
    """The result of UpdateFactoryModeState (ZStack's `UpdateFactoryModeStateResult`)."""

    error: ErrorCode | None = None
