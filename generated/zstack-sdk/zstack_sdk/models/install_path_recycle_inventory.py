"""Result models: InstallPathRecycleInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "InstallPathRecycleInventory",
]


class InstallPathRecycleInventory(ZStackModel):
    """ZStack's `InstallPathRecycleInventory`."""

    create_date: ZStackDateTime | None = None

    host_uuid: str | None = None

    hypervisor_type: str | None = None

    install_path: str | None = None

    is_folder: bool | None = None

    resource_type: str | None = None

    resource_uuid: str | None = None

    size: int | None = None

    storage_type: str | None = None

    storage_uuid: str | None = None

    trash_id: int | None = None

    trash_type: str | None = None
