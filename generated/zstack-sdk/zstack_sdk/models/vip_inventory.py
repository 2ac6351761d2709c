"""Result models: VipInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .vip_network_services_ref_inventory import VipNetworkServicesRefInventory

__all__ = [
    "VipInventory",
]


class VipInventory(ZStackModel):
    """ZStack's `VipInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    gateway: str | None = None
    """网关 (since 0.6)"""

    ip: str | None = None
    """IPv4类型的IP地址 (since 0.6)"""

    l3_network_uuid: str | None = None
    """三层网络UUID (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    netmask: str | None = None
    """子网掩码 (since 0.6)"""

    peer_l3_network_uuids: list[str] | None = None
    """提供VIP服务的L3网络UUID (since 0.6)"""

    prefix_len: int | None = None
    """掩码长度 (since 3.1.0)"""

    service_provider: str | None = None
    """提供VIP服务的服务提供者 (since 0.6)"""

    services_refs: list[VipNetworkServicesRefInventory] | None = None
    """详情参考servicesRefs (since 0.6)"""

    state: str | None = None
    """状态（启用，禁用） (since 0.6)"""

    system: bool | None = None
    """是否系统创建 (since 3.9.0)"""

    use_for: str | None = None
    """用途，例如：端口转发 (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""
