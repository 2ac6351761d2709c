"""Result models: AddBackupStoragesToReplicationGroupResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "AddBackupStoragesToReplicationGroupResult",
]


class AddBackupStoragesToReplicationGroupResult(ZStackModel):
    """The ``AddBackupStoragesToReplicationGroupResult`` structure."""

    inventories: list[Any] | None = None
