"""Result models: DeleteVipResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteVipResult",
]


class DeleteVipResult(ZStackModel):
    """The result of DeleteVip (ZStack's `DeleteVipResult`)."""

    error: ErrorCode | None = None
