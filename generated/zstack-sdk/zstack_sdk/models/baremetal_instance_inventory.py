"""Result models: BaremetalInstanceInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .baremetal_nic_inventory import BaremetalNicInventory

__all__ = [
    "BaremetalInstanceInventory",
]


class BaremetalInstanceInventory(ZStackModel):
    """ZStack's `BaremetalInstanceInventory`."""

    bm_nics: list[BaremetalNicInventory] | None = None
    """详情参考bmNics (since 2.6.0)"""

    chassis_uuid: str | None = None
    """裸机设备UUID (since 2.6.0)"""

    cluster_uuid: str | None = None
    """集群UUID (since 2.6.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.6.0)"""

    description: str | None = None
    """资源的详细描述 (since 2.6.0)"""

    image_uuid: str | None = None
    """镜像UUID (since 2.6.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.6.0)"""

    management_ip: str | None = None

    name: str | None = None
    """资源名称 (since 2.6.0)"""

    platform: str | None = None
    """系统平台 (since 2.6.0)"""

    port: int | None = None

    pxe_server_uuid: str | None = None
    """pxeServerUuid (since 3.1.1)"""

    state: str | None = None
    """state (since 2.6.0)"""

    status: str | None = None
    """status (since 2.6.0)"""

    template_uuid: str | None = None

    username: str | None = None

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.6.0)"""

    zone_uuid: str | None = None
    """区域UUID (since 2.6.0)"""
