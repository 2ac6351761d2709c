"""Result models: L2NetworkInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel
from .attached_vni_range import AttachedVniRange
from .attached_vtep_ref import AttachedVtepRef
from .attached_vxlan_network_ref import AttachedVxlanNetworkRef
from .remote_vtep import RemoteVtep

__all__ = [
    "L2NetworkInventory",
]


class L2NetworkInventory(ZStackModel):
    """ZStack's `L2NetworkInventory`."""

    attached_cidrs: dict[str, Any] | None = None
    """attachedCidrs (since 5.3.0)"""

    attached_cluster_uuids: list[str] | None = None
    """挂载集群的UUID列表 (since 0.6)"""

    attached_vni_ranges: list[AttachedVniRange] | None = None
    """详情参考attachedVniRanges (since 5.3.0)"""

    attached_vtep_refs: list[AttachedVtepRef] | None = None
    """详情参考attachedVtepRefs (since 5.3.0)"""

    attached_vxlan_network_refs: list[AttachedVxlanNetworkRef] | None = None
    """详情参考attachedVxlanNetworkRefs (since 5.3.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    isolated: bool | None = None
    """isolated (since 5.3.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    physical_interface: str | None = None
    """物理网卡 (since 0.6)"""

    pvlan: str | None = None
    """pvlan (since 5.3.0)"""

    remote_vteps: list[RemoteVtep] | None = None
    """详情参考remoteVteps (since 5.3.0)"""

    sdn_controller_uuid: str | None = None
    """sdnControllerUuid (since 5.3.0)"""

    type: str | None = None
    """二层网络类型 (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""

    v_switch_type: str | None = None
    """vSwitchType (since 5.3.0)"""

    virtual_network_id: int | None = None
    """virtualNetworkId (since 5.3.0)"""

    zone_uuid: str | None = None
    """区域UUID (since 0.6)"""
