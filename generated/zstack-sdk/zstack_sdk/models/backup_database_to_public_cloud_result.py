"""Result models: BackupDatabaseToPublicCloudResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "BackupDatabaseToPublicCloudResult",
]


class BackupDatabaseToPublicCloudResult(ZStackModel):
    """The result of BackupDatabaseToPublicCloud (ZStack's `BackupDatabaseToPublicCloudResult`)."""

    error: ErrorCode | None = None

    local: str | None = None

    region_id: str | None = None

    remote: str | None = None
