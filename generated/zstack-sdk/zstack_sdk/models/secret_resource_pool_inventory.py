"""Result models: SecretResourcePoolInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SecretResourcePoolInventory",
]


class SecretResourcePoolInventory(ZStackModel):
    """ZStack's `SecretResourcePoolInventory`."""

    ability: str | None = None

    create_date: ZStackDateTime | None = None

    description: str | None = None

    heartbeat_interval: int | None = None

    last_op_date: ZStackDateTime | None = None

    model: str | None = None

    name: str | None = None

    state: str | None = None

    status: str | None = None

    type: str | None = None

    uuid: str | None = None

    zone_uuid: str | None = None
