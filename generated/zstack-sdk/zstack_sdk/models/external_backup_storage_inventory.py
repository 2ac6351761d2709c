"""Result models: ExternalBackupStorageInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "ExternalBackupStorageInventory",
]


class ExternalBackupStorageInventory(ZStackModel):
    """The ``ExternalBackupStorageInventory`` structure."""

    attached_zone_uuids: list[Any] | None = None

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
