"""Result models: DeleteEcsInstanceLocalResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteEcsInstanceLocalResult",
]


class DeleteEcsInstanceLocalResult(ZStackModel):
    """The result of DeleteEcsInstanceLocal (ZStack's `DeleteEcsInstanceLocalResult`)."""

    error: ErrorCode | None = None
