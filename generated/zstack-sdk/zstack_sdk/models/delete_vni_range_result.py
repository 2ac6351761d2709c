"""Result models: DeleteVniRangeResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteVniRangeResult",
]


class DeleteVniRangeResult(ZStackModel):
    """The result of DeleteVniRange (ZStack's `DeleteVniRangeResult`)."""

    error: ErrorCode | None = None
