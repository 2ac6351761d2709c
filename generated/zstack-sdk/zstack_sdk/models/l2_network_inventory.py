"""Result models: L2NetworkInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "L2NetworkInventory",
]


class L2NetworkInventory(ZStackModel):
    """The ``L2NetworkInventory`` structure."""

    attached_cluster_uuids: list[Any] | None = None
    """挂载集群的UUID列表 (since 0.6)"""

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
    """物理网卡 (since 0.6)"""

    pvlan: str | None = None

    type: str | None = None
    """二层网络类型 (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""

    v_switch_type: str | None = None

    virtual_network_id: int | None = None

    vlan: int | None = None
    """vlan (since 0.6)"""

    zone_uuid: str | None = None
    """区域UUID (since 0.6)"""
