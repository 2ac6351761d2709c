"""Result models: EcsSecurityGroupInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "EcsSecurityGroupInventory",
]


class EcsSecurityGroupInventory(ZStackModel):
    """ZStack's `EcsSecurityGroupInventory`."""

    create_date: ZStackDateTime | None = None

    description: str | None = None

    ecs_vpc_uuid: str | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    security_group_id: str | None = None

    uuid: str | None = None
