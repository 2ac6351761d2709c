"""Result models: DeletePrimaryStorageResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeletePrimaryStorageResult",
]


class DeletePrimaryStorageResult(ZStackModel):
    """The result of DeletePrimaryStorage (ZStack's `DeletePrimaryStorageResult`)."""

    error: ErrorCode | None = None
