"""Result models: RaidPhysicalDriveInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "RaidPhysicalDriveInventory",
]


class RaidPhysicalDriveInventory(ZStackModel):
    """ZStack's `RaidPhysicalDriveInventory`."""

    create_date: ZStackDateTime | None = None

    description: str | None = None

    device_id: int | None = None

    device_model: str | None = None

    disk_group: int | None = None

    drive_state: str | None = None

    drive_type: str | None = None

    enclosure_device_id: int | None = None

    last_op_date: ZStackDateTime | None = None

    locate_status: Literal["Enabled", "Disabled"] | str | None = None

    media_type: str | None = None

    name: str | None = None

    raid_controller_uuid: str | None = None

    raid_level: str | None = None

    rotation_rate: int | None = None

    serial_number: str | None = None

    size: int | None = None

    slot_number: int | None = None

    uuid: str | None = None

    wwn: str | None = None
