"""Result models: UpgradeBackupStorageCdpTasksResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "UpgradeBackupStorageCdpTasksResult",
]


class UpgradeBackupStorageCdpTasksResult(ZStackModel):
    """The result of UpgradeBackupStorageCdpTasks (ZStack's `UpgradeBackupStorageCdpTasksResult`)."""

    error: ErrorCode | None = None
