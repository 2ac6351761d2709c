"""Result models: MdevDeviceType (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "MdevDeviceType",
]


class MdevDeviceType(ZStackModel):
    """The ``MdevDeviceType`` structure."""

    gpu_video_controller: MdevDeviceType | None = Field(None, alias="GPU_Video_Controller")
    """GPU显卡控制器 (since 3.5.0)"""
