"""Result models: EcsSecurityGroupRuleInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "EcsSecurityGroupRuleInventory",
]


class EcsSecurityGroupRuleInventory(ZStackModel):
    """ZStack's `EcsSecurityGroupRuleInventory`."""

    cidr_ip: str | None = None

    create_date: ZStackDateTime | None = None

    description: str | None = None

    direction: str | None = None

    ecs_security_group_uuid: str | None = None

    last_op_date: ZStackDateTime | None = None

    nic_type: str | None = None

    policy: str | None = None

    port_range: str | None = None

    priority: str | None = None

    protocol: str | None = None

    uuid: str | None = None
