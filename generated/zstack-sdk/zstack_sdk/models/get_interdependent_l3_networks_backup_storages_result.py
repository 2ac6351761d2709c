"""Result models: GetInterdependentL3NetworksBackupStoragesResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetInterdependentL3NetworksBackupStoragesResult",
]


class GetInterdependentL3NetworksBackupStoragesResult(ZStackModel):
    """The result of GetInterdependentL3NetworksBackupStorages (ZStack's `GetInterdependentL3NetworksBackupStoragesResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None
