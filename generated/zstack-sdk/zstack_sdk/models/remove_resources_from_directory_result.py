"""Result models: RemoveResourcesFromDirectoryResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RemoveResourcesFromDirectoryResult",
]


class RemoveResourcesFromDirectoryResult(ZStackModel):
    """The result of RemoveResourcesFromDirectory (ZStack's `RemoveResourcesFromDirectoryResult`)."""

    error: ErrorCode | None = None
