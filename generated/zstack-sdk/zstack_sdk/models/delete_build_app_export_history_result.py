"""Result models: DeleteBuildAppExportHistoryResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteBuildAppExportHistoryResult",
]


class DeleteBuildAppExportHistoryResult(ZStackModel):
    """The result of DeleteBuildAppExportHistory (ZStack's `DeleteBuildAppExportHistoryResult`)."""

    error: ErrorCode | None = None
