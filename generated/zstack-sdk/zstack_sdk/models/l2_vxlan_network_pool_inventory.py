"""Result models: L2VxlanNetworkPoolInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel
from .attached_vni_range import AttachedVniRange
from .attached_vtep_ref import AttachedVtepRef
from .attached_vxlan_network_ref import AttachedVxlanNetworkRef

__all__ = [
    "L2VxlanNetworkPoolInventory",
]


class L2VxlanNetworkPoolInventory(ZStackModel):
    """The ``L2VxlanNetworkPoolInventory`` structure."""

    attached_cidrs: dict[str, Any] | None = None
    """attachedCidrs (since 0.6)"""

    attached_cluster_uuids: list[Any] | None = None
    """attachedClusterUuids (since 0.6)"""

    attached_vni_ranges: list[AttachedVniRange] | None = None
    """详情参考attachedVniRanges (since 0.6)"""

    attached_vtep_refs: list[AttachedVtepRef] | None = None
    """详情参考attachedVtepRefs (since 0.6)"""

    attached_vxlan_network_refs: list[AttachedVxlanNetworkRef] | None = None
    """详情参考attachedVxlanNetworkRefs (since 0.6)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    physical_interface: str | None = None
    """physicalInterface (since 0.6)"""

    pool_uuid: str | None = None
    """Vxlan网络资源池uuid (since 0.6)"""

    type: str | None = None
    """type (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""

    v_switch_type: str | None = None
    """虚拟交换机类型 (since 4.8.0)"""

    vni: int | None = None
    """vni (since 0.6)"""

    zone_uuid: str | None = None
    """区域UUID (since 0.6)"""
