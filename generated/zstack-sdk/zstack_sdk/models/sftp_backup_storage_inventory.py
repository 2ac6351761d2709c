"""Result models: SftpBackupStorageInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SftpBackupStorageInventory",
]


class SftpBackupStorageInventory(ZStackModel):
    """ZStack's `SftpBackupStorageInventory`."""

    attached_zone_uuids: list[str] | None = None

    available_capacity: int | None = None

    create_date: ZStackDateTime | None = None

    description: str | None = None

    hostname: str | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    ssh_port: int | None = None

    state: str | None = None

    status: str | None = None

    total_capacity: int | None = None

    type: str | None = None

    url: str | None = None

    username: str | None = None

    uuid: str | None = None
