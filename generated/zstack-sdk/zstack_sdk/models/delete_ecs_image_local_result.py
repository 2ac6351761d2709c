"""Result models: DeleteEcsImageLocalResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteEcsImageLocalResult",
]


class DeleteEcsImageLocalResult(ZStackModel):
    """The result of DeleteEcsImageLocal (ZStack's `DeleteEcsImageLocalResult`)."""

    error: ErrorCode | None = None
