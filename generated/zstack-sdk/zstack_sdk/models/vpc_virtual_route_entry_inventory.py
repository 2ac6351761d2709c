"""Result models: VpcVirtualRouteEntryInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VpcVirtualRouteEntryInventory",
]


class VpcVirtualRouteEntryInventory(ZStackModel):
    """ZStack's `VpcVirtualRouteEntryInventory`."""

    create_date: ZStackDateTime | None = None

    destination_cidr_block: str | None = None

    last_op_date: ZStackDateTime | None = None

    next_hop_id: str | None = None

    next_hop_type: str | None = None

    status: str | None = None

    type: str | None = None

    uuid: str | None = None

    v_router_type: str | None = None

    virtual_router_uuid: str | None = None
