"""Result models: HostNetworkInterfaceInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "HostNetworkInterfaceInventory",
]


class HostNetworkInterfaceInventory(ZStackModel):
    """ZStack's `HostNetworkInterfaceInventory`."""

    bonding_uuid: str | None = None
    """Bond UUID (since 3.5.0)"""

    call_back_ip: str | None = None
    """回调地址 (since 4.7.0)"""

    carrier_active: bool | None = None
    """物理链路状态 (since 3.5.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.5.0)"""

    description: str | None = None
    """资源的详细描述 (since 4.7.0)"""

    device_id: str | None = None
    """设备Id (since 5.0.0)"""

    gateway: str | None = None
    """网关地址 (since 4.7.0)"""

    host_uuid: str | None = None
    """物理机UUID (since 3.5.0)"""

    interface_model: str | None = None
    """网卡型号 (since 5.0.0)"""

    interface_name: str | None = None
    """网卡名称 (since 3.5.0)"""

    interface_type: str | None = None
    """网卡应用状态，有nomaster、bridgeSlave、bondSlave (since 3.5.0)"""

    ip_addresses: list[str] | None = None
    """IP地址 (since 3.5.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.5.0)"""

    mac: str | None = None
    """MAC地址 (since 3.5.0)"""

    offload_status: str | None = None
    """offloadStatus (since 4.7.0)"""

    pci_device_address: str | None = None
    """网卡PCI地址 (since 3.5.0)"""

    slave_active: bool | None = None
    """Bond链路状态 (since 3.5.0)"""

    speed: int | None = None
    """网卡速率 (since 3.5.0)"""

    subdevice_id: str | None = None
    """子设备Id (since 5.0.0)"""

    subvendor_id: str | None = None
    """子产商Id (since 5.0.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.5.0)"""

    vendor_id: str | None = None
    """产商Id (since 5.0.0)"""

    virt_status: str | None = None
