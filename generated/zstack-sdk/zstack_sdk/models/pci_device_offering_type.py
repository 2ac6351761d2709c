"""Result models: PciDeviceOfferingType (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "PciDeviceOfferingType",
]


class PciDeviceOfferingType(ZStackModel):
    """The ``PciDeviceOfferingType`` structure."""

    gpu_audio: PciDeviceOfferingType | None = Field(None, alias="GPU_Audio")
    """GPU声卡 (since 2.1)"""

    gpu_video: PciDeviceOfferingType | None = Field(None, alias="GPU_Video")
    """GPU显卡 (since 2.1)"""

    generic: PciDeviceOfferingType | None = Field(None, alias="Generic")
    """一般设备 (since 2.1)"""
