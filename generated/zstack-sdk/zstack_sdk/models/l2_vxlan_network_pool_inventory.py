"""Result models: L2VxlanNetworkPoolInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .l2_vxlan_network_inventory import L2VxlanNetworkInventory
from .remote_vtep_inventory import RemoteVtepInventory
from .vni_range_inventory import VniRangeInventory
from .vtep_inventory import VtepInventory

__all__ = [
    "L2VxlanNetworkPoolInventory",
]


class L2VxlanNetworkPoolInventory(ZStackModel):
    """ZStack's `L2VxlanNetworkPoolInventory`."""

    attached_cidrs: dict[str, str] | None = None
    """attachedCidrs (since 0.6)"""

    attached_cluster_uuids: list[str] | None = None
    """attachedClusterUuids (since 0.6)"""

    attached_vni_ranges: list[VniRangeInventory] | None = None
    """详情参考attachedVniRanges (since 0.6)"""

    attached_vtep_refs: list[VtepInventory] | None = None
    """详情参考attachedVtepRefs (since 0.6)"""

    attached_vxlan_network_refs: list[L2VxlanNetworkInventory] | None = None
    """详情参考attachedVxlanNetworkRefs (since 0.6)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    isolated: bool | None = None

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    physical_interface: str | None = None
    """physicalInterface (since 0.6)"""

    pvlan: str | None = None

    remote_vteps: list[RemoteVtepInventory] | None = None

    type: str | None = None
    """type (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""

    v_switch_type: str | None = None
    """虚拟交换机类型 (since 4.8.0)"""

    virtual_network_id: int | None = None

    zone_uuid: str | None = None
    """区域UUID (since 0.6)"""
