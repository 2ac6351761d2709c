"""Result models: EcsVSwitchInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "EcsVSwitchInventory",
]


class EcsVSwitchInventory(ZStackModel):
    """ZStack's `EcsVSwitchInventory`."""

    available_ip_address_count: int | None = None

    cidr_block: str | None = None

    create_date: ZStackDateTime | None = None

    description: str | None = None

    ecs_vpc_uuid: str | None = None

    identity_zone_uuid: str | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    status: str | None = None

    uuid: str | None = None

    v_switch_id: str | None = None
