"""Result models: SdnControllerInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel
from .hardware_l2_vxlan_network_pool_inventory import HardwareL2VxlanNetworkPoolInventory
from .host_ref import HostRef
from .sdn_vni_range import SdnVniRange

__all__ = [
    "SdnControllerInventory",
]


class SdnControllerInventory(ZStackModel):
    """ZStack's `SdnControllerInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.7.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.7.0)"""

    host_refs: list[HostRef] | None = None
    """详情参考hostRefs (since 5.3.0)"""

    ip: str | None = None
    """ip (since 3.7.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.7.0)"""

    name: str | None = None
    """资源名称 (since 3.7.0)"""

    password: str | None = None
    """password (since 3.7.0)"""

    status: Literal["Connecting", "Connected", "Disconnected"] | str | None = None
    """详情参考status (since 5.3.0)"""

    username: str | None = None
    """username (since 3.7.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.7.0)"""

    vendor_type: str | None = None
    """vendorType (since 3.7.0)"""

    vendor_version: str | None = None
    """厂商版本 (since 5.4.0)"""

    vni_ranges: list[SdnVniRange] | None = None

    vxlan_pools: list[HardwareL2VxlanNetworkPoolInventory] | None = None
