"""Result models: DeleteImagePackageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteImagePackageResult",
]


class DeleteImagePackageResult(ZStackModel):
    """The result of DeleteImagePackage (ZStack's `DeleteImagePackageResult`)."""

    error: ErrorCode | None = None
