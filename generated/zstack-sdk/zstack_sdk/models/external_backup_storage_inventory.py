"""Result models: ExternalBackupStorageInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "ExternalBackupStorageInventory",
]


class ExternalBackupStorageInventory(ZStackModel):
    """ZStack's `ExternalBackupStorageInventory`."""

    attached_zone_uuids: list[str] | None = None

    available_capacity: int | None = None

    create_date: ZStackDateTime | None = None

    description: str | None = None

    identity: str | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    state: str | None = None

    status: str | None = None

    total_capacity: int | None = None

    type: str | None = None

    url: str | None = None

    uuid: str | None = None
