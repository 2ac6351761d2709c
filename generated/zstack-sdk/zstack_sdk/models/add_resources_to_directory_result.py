"""Result models: AddResourcesToDirectoryResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AddResourcesToDirectoryResult",
]


class AddResourcesToDirectoryResult(ZStackModel):
    """The result of AddResourcesToDirectory (ZStack's `AddResourcesToDirectoryResult`)."""

    error: ErrorCode | None = None
