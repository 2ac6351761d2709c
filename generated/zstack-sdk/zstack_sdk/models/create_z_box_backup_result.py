"""Result models: CreateZBoxBackupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .external_backup_inventory import ExternalBackupInventory

__all__ = [
    "CreateZBoxBackupResult",
]


class CreateZBoxBackupResult(ZStackModel):
    """The result of CreateZBoxBackup (ZStack's `CreateExternalBackupResult`)."""

    error: ErrorCode | None = None

    inventory: ExternalBackupInventory | None = None
