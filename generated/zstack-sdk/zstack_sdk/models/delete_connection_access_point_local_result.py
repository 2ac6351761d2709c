"""Result models: DeleteConnectionAccessPointLocalResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteConnectionAccessPointLocalResult",
]


class DeleteConnectionAccessPointLocalResult(ZStackModel):
    """The result of DeleteConnectionAccessPointLocal (ZStack's `DeleteConnectionAccessPointLocalResult`)."""

    error: ErrorCode | None = None
