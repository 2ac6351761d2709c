"""Result models: EcsImageInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "EcsImageInventory",
]


class EcsImageInventory(ZStackModel):
    """ZStack's `EcsImageInventory`."""

    create_date: ZStackDateTime | None = None

    data_center_uuid: str | None = None

    description: str | None = None

    ecs_image_id: str | None = None

    ecs_image_size: int | None = None

    format: str | None = None

    last_op_date: ZStackDateTime | None = None

    local_image_uuid: str | None = None

    name: str | None = None

    os_name: str | None = None

    oss_md5_sum: str | None = None

    platform: str | None = None

    type: str | None = None

    uuid: str | None = None
