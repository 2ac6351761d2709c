"""Result models: PciDeviceSpecInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "PciDeviceSpecInventory",
]


class PciDeviceSpecInventory(ZStackModel):
    """ZStack's `PciDeviceSpecInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.5.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.5.0)"""

    device: str | None = None

    device_id: str | None = None
    """设备ID (since 3.5.0)"""

    is_virtual: bool | None = None
    """是否虚拟设备 (since 3.5.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.5.0)"""

    max_part_num: int | None = None
    """最大切分数量 (since 3.5.0)"""

    name: str | None = None
    """资源名称 (since 3.5.0)"""

    ram_size: str | None = None
    """显存容量 (since 3.5.0)"""

    rom_md5sum: str | None = None
    """固件MD5 (since 3.5.0)"""

    rom_version: str | None = None
    """固件版本 (since 3.5.0)"""

    state: Literal["Enabled", "Disabled"] | str | None = None
    """详情参考state (since 3.5.0)"""

    subdevice_id: str | None = None
    """子设备ID (since 3.5.0)"""

    subvendor_id: str | None = None
    """子供应商ID (since 3.5.0)"""

    type: (
        Literal[
            "GPU_Video_Controller",
            "GPU_Audio_Controller",
            "GPU_USB_Controller",
            "GPU_Serial_Controller",
            "GPU_3D_Controller",
            "GPU_Processing_Accelerators",
            "Ethernet_Controller",
            "Audio_Controller",
            "USB_Controller",
            "Serial_Controller",
            "Moxa_Device",
            "PCI_Bridge",
            "Host_Bridge",
            "Generic",
            "Custom",
        ]
        | str
        | None
    ) = None
    """详情参考type (since 3.5.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.5.0)"""

    vendor: str | None = None

    vendor_id: str | None = None
    """供应商ID (since 3.5.0)"""
