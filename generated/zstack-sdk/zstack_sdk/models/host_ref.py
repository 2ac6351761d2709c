"""Result models: HostRef (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "HostRef",
]


class HostRef(ZStackModel):
    """The ``HostRef`` structure."""

    bond_mode: str | None = None
    """物理机网卡bond模式 (since 5.3.0)"""

    host_uuid: str | None = None
    """物理机UUID (since 5.3.0)"""

    lacp_mode: str | None = None
    """物理机网卡LACP模式 (since 5.3.0)"""

    netmask: str | None = None
    """物理机VTEP IP掩码 (since 5.3.0)"""

    nic_drivers: str | None = None
    """物理机网卡和驱动类型映射 (since 5.3.0)"""

    nic_pci_addresses: str | None = None
    """物理机网卡和PCI地址映射 (since 5.3.0)"""

    sdn_controller_uuid: str | None = None
    """SDN控制器Uuid (since 5.3.0)"""

    v_switch_type: str | None = None
    """虚拟交换机类型 (since 5.3.0)"""

    vtep_ip: str | None = None
    """物理机VTEP IP (since 5.3.0)"""
