"""Result models: DeleteAppBuildSystemResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteAppBuildSystemResult",
]


class DeleteAppBuildSystemResult(ZStackModel):
    """The result of DeleteAppBuildSystem (ZStack's `DeleteAppBuildSystemResult`)."""

    error: ErrorCode | None = None
