"""Result models: DownloadBackupFileFromPublicCloudResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DownloadBackupFileFromPublicCloudResult",
]


class DownloadBackupFileFromPublicCloudResult(ZStackModel):
    """The result of DownloadBackupFileFromPublicCloud (ZStack's `DownloadBackupFileFromPublicCloudResult`)."""

    error: ErrorCode | None = None

    local: str | None = None
