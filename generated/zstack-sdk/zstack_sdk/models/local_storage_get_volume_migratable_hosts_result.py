"""Result models: LocalStorageGetVolumeMigratableHostsResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .host_inventory import HostInventory

__all__ = [
    "LocalStorageGetVolumeMigratableHostsResult",
]


class LocalStorageGetVolumeMigratableHostsResult(ZStackModel):
    """The result of LocalStorageGetVolumeMigratableHosts (ZStack's `LocalStorageGetVolumeMigratableResult`)."""

    error: ErrorCode | None = None

    inventories: list[HostInventory] | None = None
