"""Result models: ClusterInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "ClusterInventory",
]


class ClusterInventory(ZStackModel):
    """ZStack's `ClusterInventory`."""

    architecture: str | None = None

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    hypervisor_type: str | None = None
    """虚拟机管理程序类型 (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    state: str | None = None
    """集群状态 (since 0.6)"""

    type: str | None = None
    """保留域 (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""

    zone_uuid: str | None = None
    """区域UUID (since 0.6)"""
