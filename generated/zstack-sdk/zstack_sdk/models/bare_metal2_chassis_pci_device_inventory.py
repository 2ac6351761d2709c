"""Result models: BareMetal2ChassisPciDeviceInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "BareMetal2ChassisPciDeviceInventory",
]


class BareMetal2ChassisPciDeviceInventory(ZStackModel):
    """ZStack's `BareMetal2ChassisPciDeviceInventory`."""

    chassis_uuid: str | None = None
    """chassisUuid (since 5.1.8)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 5.1.8)"""

    description: str | None = None
    """资源的详细描述 (since 5.1.8)"""

    device: str | None = None
    """device (since 5.1.8)"""

    device_id: str | None = None
    """deviceId (since 5.1.8)"""

    iommu_group: str | None = None
    """iommuGroup (since 5.1.8)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 5.1.8)"""

    name: str | None = None
    """资源名称 (since 5.1.8)"""

    pci_device_address: str | None = None
    """pciDeviceAddress (since 5.1.8)"""

    subdevice_id: str | None = None
    """subdeviceId (since 5.1.8)"""

    subvendor_id: str | None = None
    """subvendorId (since 5.1.8)"""

    type: str | None = None
    """type (since 5.1.8)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 5.1.8)"""

    vendor: str | None = None
    """vendor (since 5.1.8)"""

    vendor_id: str | None = None
    """vendorId (since 5.1.8)"""
