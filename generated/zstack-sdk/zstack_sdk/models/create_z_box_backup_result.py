"""Result models: CreateZBoxBackupResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .external_backup_inventory import ExternalBackupInventory

__all__ = [
    "CreateZBoxBackupResult",
]


class CreateZBoxBackupResult(ZStackModel):
    """The ``CreateZBoxBackupResult`` structure."""

    inventory: ExternalBackupInventory | None = None
