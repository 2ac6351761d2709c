"""Result models: DeletePriceTableResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeletePriceTableResult",
]


class DeletePriceTableResult(ZStackModel):
    """The result of DeletePriceTable (ZStack's `DeletePriceTableResult`)."""

    error: ErrorCode | None = None
