"""Result models: DeleteResourceConfigResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteResourceConfigResult",
]


class DeleteResourceConfigResult(ZStackModel):
    """The result of DeleteResourceConfig (ZStack's `DeleteResourceConfigResult`)."""

    error: ErrorCode | None = None
