"""Result models: OvfInfo (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .ovf_cd_driver_info import OvfCdDriverInfo
from .ovf_cpu_info import OvfCpuInfo
from .ovf_disk_info import OvfDiskInfo
from .ovf_ethernet_adapter_info import OvfEthernetAdapterInfo
from .ovf_memory_info import OvfMemoryInfo
from .ovf_os_info import OvfOSInfo
from .ovf_system_info import OvfSystemInfo
from .ovf_volume_info import OvfVolumeInfo

__all__ = [
    "OvfInfo",
]


class OvfInfo(ZStackModel):
    """ZStack's `OvfInfo`."""

    cd_drivers: list[OvfCdDriverInfo] | None = None
    """详情参考cdDrivers (since 4.4.6)"""

    cpu: OvfCpuInfo | None = None
    """详情参考cpu (since 4.4.6)"""

    disks: list[OvfDiskInfo] | None = None
    """详情参考disks (since 4.4.6)"""

    memory: OvfMemoryInfo | None = None
    """详情参考memory (since 4.4.6)"""

    networks: list[Any] | None = None
    """详情参考networks (since 4.4.6)"""

    nics: list[OvfEthernetAdapterInfo] | None = None
    """详情参考nics (since 4.4.6)"""

    os: OvfOSInfo | None = None
    """详情参考os (since 4.4.6)"""

    system_info: OvfSystemInfo | None = None
    """详情参考systemInfo (since 4.4.6)"""

    vm_name: str | None = None
    """云主机名称 (since 4.4.6)"""

    volumes: list[OvfVolumeInfo] | None = None
    """详情参考volumes (since 4.4.6)"""
