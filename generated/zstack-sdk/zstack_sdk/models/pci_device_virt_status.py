"""Result models: PciDeviceVirtStatus (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "PciDeviceVirtStatus",
]


class PciDeviceVirtStatus(ZStackModel):
    """The ``PciDeviceVirtStatus`` structure."""

    sriov_virtual: PciDeviceVirtStatus | None = Field(None, alias="SRIOV_VIRTUAL")
    """SRIOV虚拟设备 (since 3.5.0)"""

    sriov_virtualizable: PciDeviceVirtStatus | None = Field(None, alias="SRIOV_VIRTUALIZABLE")
    """支持SRIOV虚拟化 (since 3.5.0)"""

    sriov_virtualized: PciDeviceVirtStatus | None = Field(None, alias="SRIOV_VIRTUALIZED")
    """已SRIOV虚拟化 (since 3.5.0)"""

    unknown: PciDeviceVirtStatus | None = Field(None, alias="UNKNOWN")
    """未知 (since 3.5.0)"""

    unvirtualizable: PciDeviceVirtStatus | None = Field(None, alias="UNVIRTUALIZABLE")
    """不可虚拟化 (since 3.5.0)"""

    vfio_mdev_virtualizable: PciDeviceVirtStatus | None = Field(
        None, alias="VFIO_MDEV_VIRTUALIZABLE"
    )
    """支持VFIO_MDEV虚拟化 (since 3.5.0)"""

    vfio_mdev_virtualized: PciDeviceVirtStatus | None = Field(None, alias="VFIO_MDEV_VIRTUALIZED")
    """已VFIO_MDEV虚拟化 (since 3.5.0)"""
