"""Result models: VolumeFormatReplyStruct (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "VolumeFormatReplyStruct",
]


class VolumeFormatReplyStruct(ZStackModel):
    """ZStack's `VolumeFormatReplyStruct`."""

    format: str | None = None
    """云盘格式 (since 0.6)"""

    master_hypervisor_type: str | None = None
    """默认的Hypervisor类型 (since 0.6)"""

    supporting_hypervisor_types: list[str] | None = None
    """支持的Hypervisor类型列表 (since 0.6)"""
