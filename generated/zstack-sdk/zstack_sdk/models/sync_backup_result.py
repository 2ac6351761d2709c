"""Result models: SyncBackupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "SyncBackupResult",
]


class SyncBackupResult(ZStackModel):
    """ZStack's `SyncBackupResult`."""

    deleted_backup_count: int | None = None
    """已删除的备份数量 (since 3.7.0)"""

    new_backup_count: int | None = None
    """新备份数量 (since 3.7.0)"""
