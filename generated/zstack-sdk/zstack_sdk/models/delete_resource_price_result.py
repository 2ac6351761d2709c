"""Result models: DeleteResourcePriceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteResourcePriceResult",
]


class DeleteResourcePriceResult(ZStackModel):
    """The result of DeleteResourcePrice (ZStack's `DeleteResourcePriceResult`)."""

    error: ErrorCode | None = None
