"""Result models: HostNetworkInterfaceLldpInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .host_network_interface_lldp_ref_inventory import HostNetworkInterfaceLldpRefInventory

__all__ = [
    "HostNetworkInterfaceLldpInventory",
]


class HostNetworkInterfaceLldpInventory(ZStackModel):
    """ZStack's `HostNetworkInterfaceLldpInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 5.0.0)"""

    interface_uuid: str | None = None
    """物理网口Uuid (since 5.0.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 5.0.0)"""

    mode: str | None = None
    """LLDP工作模式 (since 5.0.0)"""

    neighbor_device: HostNetworkInterfaceLldpRefInventory | None = None

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 5.0.0)"""
