"""Result models: AliyunDiskInventory (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "AliyunDiskInventory",
]


class AliyunDiskInventory(ZStackModel):
    """ZStack's `AliyunDiskInventory`."""

    create_date: ZStackDateTime | None = None

    description: str | None = None

    device_info: str | None = None

    disk_category: str | None = None

    disk_charge_type: str | None = None

    disk_id: str | None = None

    disk_type: str | None = None

    ecs_instance_uuid: str | None = None

    identity_zone_uuid: str | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    size_with_gb: int | None = Field(None, alias="sizeWithGB")

    status: str | None = None

    uuid: str | None = None
