"""Result models: DeleteBuildAppResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteBuildAppResult",
]


class DeleteBuildAppResult(ZStackModel):
    """The result of DeleteBuildApp (ZStack's `DeleteBuildAppResult`)."""

    error: ErrorCode | None = None
