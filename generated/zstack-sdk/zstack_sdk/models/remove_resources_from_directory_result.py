"""Result models: RemoveResourcesFromDirectoryResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RemoveResourcesFromDirectoryResult",
]


class RemoveResourcesFromDirectoryResult(ZStackModel):
    """The result of RemoveResourcesFromDirectory (ZStack's `RemoveResourcesFromDirectoryResult`)."""

    error: ErrorCode | None = None
