"""Result models: AddBackupStoragesToReplicationGroupResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "AddBackupStoragesToReplicationGroupResult",
]


class AddBackupStoragesToReplicationGroupResult(ZStackModel):
    """The ``AddBackupStoragesToReplicationGroupResult`` structure."""

    inventories: list[Any] | None = None
