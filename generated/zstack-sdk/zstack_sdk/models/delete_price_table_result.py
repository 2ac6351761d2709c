"""Result models: DeletePriceTableResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeletePriceTableResult",
]


class DeletePriceTableResult(ZStackModel):
    """The result of DeletePriceTable (ZStack's `DeletePriceTableResult`)."""

    error: ErrorCode | None = None
