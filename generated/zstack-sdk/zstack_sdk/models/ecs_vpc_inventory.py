"""Result models: EcsVpcInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "EcsVpcInventory",
]


class EcsVpcInventory(ZStackModel):
    """ZStack's `EcsVpcInventory`."""

    cidr_block: str | None = None

    create_date: ZStackDateTime | None = None

    data_center_uuid: str | None = None

    deleted: str | None = None

    description: str | None = None

    ecs_vpc_id: str | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    status: str | None = None

    uuid: str | None = None

    v_router_id: str | None = None
