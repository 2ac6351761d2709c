"""Result models: DetachTagFromResourcesResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DetachTagFromResourcesResult",
]


class DetachTagFromResourcesResult(ZStackModel):
    """The result of DetachTagFromResources (ZStack's `DetachTagFromResourcesResult`)."""

    error: ErrorCode | None = None
