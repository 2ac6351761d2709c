"""Result models: DeleteEcsInstanceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteEcsInstanceResult",
]


class DeleteEcsInstanceResult(ZStackModel):
    """The result of DeleteEcsInstance (ZStack's `DeleteEcsInstanceResult`)."""

    error: ErrorCode | None = None
