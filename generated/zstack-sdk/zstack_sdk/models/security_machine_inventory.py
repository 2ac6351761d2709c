"""Result models: SecurityMachineInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SecurityMachineInventory",
]


class SecurityMachineInventory(ZStackModel):
    """ZStack's `SecurityMachineInventory`."""

    create_date: ZStackDateTime | None = None

    description: str | None = None

    last_op_date: ZStackDateTime | None = None

    management_ip: str | None = None

    model: str | None = None

    name: str | None = None

    secret_resource_pool_uuid: str | None = None

    state: str | None = None

    status: str | None = None

    type: str | None = None

    uuid: str | None = None

    zone_uuid: str | None = None
