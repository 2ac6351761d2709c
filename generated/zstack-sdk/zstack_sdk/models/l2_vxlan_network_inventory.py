"""Result models: L2VxlanNetworkInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "L2VxlanNetworkInventory",
]


class L2VxlanNetworkInventory(ZStackModel):
    """ZStack's `L2VxlanNetworkInventory`."""

    attached_cluster_uuids: list[str] | None = None
    """attachedClusterUuids (since 0.6)"""

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

    pool_uuid: str | None = None
    """poolUuid (since 0.6)"""

    pvlan: str | None = None

    type: str | None = None
    """type (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""

    v_switch_type: str | None = None
    """虚拟交换机类型 (since 4.8.0)"""

    virtual_network_id: int | None = None

    vni: int | None = None
    """vni (since 0.6)"""

    zone_uuid: str | None = None
    """区域UUID (since 0.6)"""
