"""Result models: OvfInfo (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .cd_driver import CdDriver
from .disk import Disk
from .nic import Nic
from .ovf_cpu_info import OvfCpuInfo
from .ovf_info_network import OvfInfoNetwork
from .ovf_memory_info import OvfMemoryInfo
from .ovf_os_info import OvfOSInfo
from .ovf_system_info import OvfSystemInfo
from .volume_inventory import VolumeInventory

__all__ = [
    "OvfInfo",
]


class OvfInfo(ZStackModel):
    """The ``OvfInfo`` structure."""

    cd_drivers: list[CdDriver] | None = None
    """详情参考cdDrivers (since 4.4.6)"""

    cpu: OvfCpuInfo | None = None
    """详情参考cpu (since 4.4.6)"""

    disks: list[Disk] | None = None
    """详情参考disks (since 4.4.6)"""

    memory: OvfMemoryInfo | None = None
    """详情参考memory (since 4.4.6)"""

    networks: list[OvfInfoNetwork] | None = None
    """详情参考networks (since 4.4.6)"""

    nics: list[Nic] | None = None
    """详情参考nics (since 4.4.6)"""

    os: OvfOSInfo | None = None
    """详情参考os (since 4.4.6)"""

    system_info: OvfSystemInfo | None = None
    """详情参考systemInfo (since 4.4.6)"""

    vm_name: str | None = None
    """云主机名称 (since 4.4.6)"""

    volumes: list[VolumeInventory] | None = None
    """详情参考volumes (since 4.4.6)"""
