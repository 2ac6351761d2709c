"""Result models: BaremetalPxeServerInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "BaremetalPxeServerInventory",
]


class BaremetalPxeServerInventory(ZStackModel):
    """ZStack's `BaremetalPxeServerInventory`."""

    attached_cluster_uuids: list[Any] | None = None
    """部署服务器挂载集群UUID列表 (since 3.1.1)"""

    available_capacity: int | None = None
    """存储路径可用容量 (since 3.1.1)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.1.1)"""

    description: str | None = None
    """资源的详细描述 (since 3.1.1)"""

    dhcp_interface: str | None = None
    """DHCP请求监听网卡 (since 3.1.1)"""

    dhcp_interface_address: str | None = None
    """DHCP请求监听网卡IP (since 3.1.1)"""

    dhcp_range_begin: str | None = None
    """DHCP地址范围起始 (since 3.1.1)"""

    dhcp_range_end: str | None = None
    """DHCP地址范围终止 (since 3.1.1)"""

    dhcp_range_netmask: str | None = None
    """DHCP子网掩码 (since 3.1.1)"""

    hostname: str | None = None
    """部署服务器地址 (since 3.1.1)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.1.1)"""

    name: str | None = None
    """资源名称 (since 3.1.1)"""

    ssh_password: str | None = None
    """部署服务器SSH密码 (since 3.1.1)"""

    ssh_port: int | None = None
    """部署服务器SSH端口 (since 3.1.1)"""

    ssh_username: str | None = None
    """部署服务器SSH账户 (since 3.1.1)"""

    state: str | None = None
    """部署服务器运行状态 (since 3.1.1)"""

    status: str | None = None
    """部署服务器连接状态 (since 3.1.1)"""

    storage_path: str | None = None
    """部署服务器存储路径 (since 3.1.1)"""

    total_capacity: int | None = None
    """存储路径总容量 (since 3.1.1)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.1.1)"""

    zone_uuid: str | None = None
    """区域UUID (since 3.1.1)"""
