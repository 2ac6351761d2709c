"""Result models: CreateZBoxBackupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .external_backup_inventory import ExternalBackupInventory

__all__ = [
    "CreateZBoxBackupResult",
]


class CreateZBoxBackupResult(ZStackModel):
    """The ``CreateZBoxBackupResult`` structure."""

    inventory: ExternalBackupInventory | None = None
