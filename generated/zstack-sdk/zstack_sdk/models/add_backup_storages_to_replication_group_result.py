"""Result models: AddBackupStoragesToReplicationGroupResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AddBackupStoragesToReplicationGroupResult",
]


class AddBackupStoragesToReplicationGroupResult(ZStackModel):
    """The result of AddBackupStoragesToReplicationGroup (ZStack's `AddBackupStoragesToReplicationGroupResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None
