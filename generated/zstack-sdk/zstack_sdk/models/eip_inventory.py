"""Result models: EipInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "EipInventory",
]


class EipInventory(ZStackModel):
    """ZStack's `EipInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    guest_ip: str | None = None
    """guestIp (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    state: str | None = None
    """state (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""

    vip_ip: str | None = None
    """vipIp (since 0.6)"""

    vip_uuid: str | None = None
    """VIP UUID (since 0.6)"""

    vm_nic_uuid: str | None = None
    """云主机网卡UUID (since 0.6)"""
