"""Result models: SyncImageResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SyncImageResult",
]


class SyncImageResult(ZStackModel):
    """The result of SyncImage (ZStack's `SyncImageResult`)."""

    error: ErrorCode | None = None
