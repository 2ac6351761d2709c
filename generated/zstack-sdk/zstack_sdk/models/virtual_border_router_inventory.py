"""Result models: VirtualBorderRouterInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VirtualBorderRouterInventory",
]


class VirtualBorderRouterInventory(ZStackModel):
    """ZStack's `VirtualBorderRouterInventory`."""

    access_point_uuid: str | None = None

    circuit_code: str | None = None

    create_date: ZStackDateTime | None = None

    data_center_uuid: str | None = None

    description: str | None = None

    last_op_date: ZStackDateTime | None = None

    local_gateway_ip: str | None = None

    name: str | None = None

    peer_gateway_ip: str | None = None

    peering_subnet_mask: str | None = None

    physical_connection_id: str | None = None

    physical_connection_status: str | None = None

    status: str | None = None

    uuid: str | None = None

    vbr_id: str | None = None

    vlan_id: str | None = None

    vlan_interface_id: str | None = None
