"""Result models: VCenterClusterInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VCenterClusterInventory",
]


class VCenterClusterInventory(ZStackModel):
    """ZStack's `VCenterClusterInventory`."""

    architecture: str | None = None

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.9.0)"""

    data_center_uuid: str | None = None
    """数据中心uuid (since 3.9.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.9.0)"""

    hypervisor_type: str | None = None
    """虚拟机管理程序类型 (since 3.9.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.9.0)"""

    morval: str | None = None
    """morval (since 3.9.0)"""

    name: str | None = None
    """资源名称 (since 3.9.0)"""

    state: str | None = None
    """状态 (since 3.9.0)"""

    type: str | None = None
    """集群类型 (since 3.9.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.9.0)"""

    v_center_uuid: str | None = None
    """vCenterUuid (since 3.9.0)"""

    zone_uuid: str | None = None
    """区域UUID (since 3.9.0)"""
