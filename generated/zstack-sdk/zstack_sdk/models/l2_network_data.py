"""Result models: L2NetworkData (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "L2NetworkData",
]


class L2NetworkData(ZStackModel):
    """ZStack's `L2NetworkData`."""

    create_date: ZStackDateTime | None = None

    description: str | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    physical_interface: str | None = None

    pool_uuid: str | None = None

    type: str | None = None

    uuid: str | None = None

    vlan: int | None = None

    vni: str | None = None

    zone_uuid: str | None = None
