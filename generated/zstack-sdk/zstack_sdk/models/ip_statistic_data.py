"""Result models: IpStatisticData (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "IpStatisticData",
]


class IpStatisticData(ZStackModel):
    """ZStack's `IpStatisticData`."""

    appliance_vm_owner_uuid: str | None = None

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.7.0)"""

    ip: str | None = None
    """IP地址 (since 3.7.0)"""

    owner_name: str | None = None
    """资源所有者名字 (since 3.7.0)"""

    resource_types: list[str] | None = None
    """绑定到IP地址的资源类型列表 (since 3.7.0)"""

    state: str | None = None
    """资源状态 (since 3.7.0)"""

    use_for: str | None = None
    """虚拟IP绑定的网络服务 (since 3.7.0)"""

    vip_name: str | None = None
    """虚拟IP名字 (since 3.7.0)"""

    vip_uuid: str | None = None
    """虚拟IP的UUID (since 3.7.0)"""

    vm_default_ip: list[str] | None = None
    """虚拟机实例默认IP (since 3.7.0)"""

    vm_instance_name: str | None = None
    """虚拟机实例名字 (since 3.7.0)"""

    vm_instance_type: str | None = None
    """虚拟机实例类型 (since 3.7.0)"""

    vm_instance_uuid: str | None = None
    """虚拟机实例UUID (since 3.7.0)"""
