"""Result models: MttyDeviceVirtStatus (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "MttyDeviceVirtStatus",
]


class MttyDeviceVirtStatus(ZStackModel):
    """The ``MttyDeviceVirtStatus`` structure."""

    unknown: MttyDeviceVirtStatus | None = Field(None, alias="UNKNOWN")
    """未知 (since 4.6.0)"""

    unvirtualizable: MttyDeviceVirtStatus | None = Field(None, alias="UNVIRTUALIZABLE")
    """不可虚拟化 (since 4.6.0)"""

    vfio_mdev_virtualizable: MttyDeviceVirtStatus | None = Field(
        None, alias="VFIO_MDEV_VIRTUALIZABLE"
    )
    """支持VFIO_MDEV虚拟化 (since 4.6.0)"""

    vfio_mdev_virtualized: MttyDeviceVirtStatus | None = Field(None, alias="VFIO_MDEV_VIRTUALIZED")
    """已VFIO_MDEV虚拟化 (since 4.6.0)"""
