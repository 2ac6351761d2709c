"""Result models: HardwareL2VxlanNetworkPoolInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .l2_vxlan_network_inventory import L2VxlanNetworkInventory
from .remote_vtep_inventory import RemoteVtepInventory
from .vni_range_inventory import VniRangeInventory
from .vtep_inventory import VtepInventory

__all__ = [
    "HardwareL2VxlanNetworkPoolInventory",
]


class HardwareL2VxlanNetworkPoolInventory(ZStackModel):
    """ZStack's `HardwareL2VxlanNetworkPoolInventory`."""

    attached_cidrs: dict[str, str] | None = None

    attached_cluster_uuids: list[str] | None = None

    attached_vni_ranges: list[VniRangeInventory] | None = None

    attached_vtep_refs: list[VtepInventory] | None = None

    attached_vxlan_network_refs: list[L2VxlanNetworkInventory] | None = None

    create_date: ZStackDateTime | None = None

    description: str | None = None

    isolated: bool | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    physical_interface: str | None = None

    pvlan: str | None = None

    remote_vteps: list[RemoteVtepInventory] | None = None

    sdn_controller_uuid: str | None = None

    type: str | None = None

    uuid: str | None = None

    v_switch_type: str | None = None

    virtual_network_id: int | None = None

    zone_uuid: str | None = None
