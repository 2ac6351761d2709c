"""Result models: VmNicAttachableEipsInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VmNicAttachableEipsInventory",
]


class VmNicAttachableEipsInventory(ZStackModel):
    """The ``VmNicAttachableEipsInventory`` structure."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.4.6)"""

    description: str | None = None
    """资源的详细描述 (since 4.4.6)"""

    guest_ip: str | None = None
    """guestIp (since 4.4.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.4.6)"""

    name: str | None = None
    """资源名称 (since 4.4.6)"""

    state: str | None = None
    """state (since 4.4.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.4.6)"""

    vip_ip: str | None = None
    """vipIp (since 4.4.6)"""

    vip_uuid: str | None = None
    """VIP UUID (since 4.4.6)"""

    vm_nic_uuid: str | None = None
    """云主机网卡UUID (since 4.4.6)"""
