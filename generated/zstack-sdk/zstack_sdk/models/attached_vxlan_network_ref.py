"""Result models: AttachedVxlanNetworkRef (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "AttachedVxlanNetworkRef",
]


class AttachedVxlanNetworkRef(ZStackModel):
    """The ``AttachedVxlanNetworkRef`` structure."""

    attached_cluster_uuids: list[Any] | None = None
    """挂载集群的UUID列表 (since 0.6)"""

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

    pool_uuid: str | None = None
    """VXLAN资源池UUID (since 0.6)"""

    pvlan: str | None = None
    """pvlan (since 5.3.0)"""

    type: str | None = None
    """二层网络类型 (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""

    v_switch_type: str | None = None
    """vSwitchType (since 5.3.0)"""

    virtual_network_id: int | None = None
    """virtualNetworkId (since 5.3.0)"""

    vni: int | None = None
    """Vni号 (since 0.6)"""

    zone_uuid: str | None = None
    """区域UUID (since 0.6)"""
