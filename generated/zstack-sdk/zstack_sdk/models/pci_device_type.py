"""Result models: PciDeviceType (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "PciDeviceType",
]


class PciDeviceType(ZStackModel):
    """The ``PciDeviceType`` structure."""

    gpu_3_d_controller: PciDeviceType | None = Field(None, alias="GPU_3D_Controller")
    """GPU 3D控制器 (since 2.1)"""

    gpu_audio_controller: PciDeviceType | None = Field(None, alias="GPU_Audio_Controller")
    """GPU声卡控制器 (since 2.1)"""

    gpu_video_controller: PciDeviceType | None = Field(None, alias="GPU_Video_Controller")
    """GPU显卡控制器 (since 2.1)"""

    generic: PciDeviceType | None = Field(None, alias="Generic")
    """一般设备 (since 2.1)"""

    moxa_device: PciDeviceType | None = Field(None, alias="Moxa_Device")
    """MOXA卡 (since 2.1)"""
