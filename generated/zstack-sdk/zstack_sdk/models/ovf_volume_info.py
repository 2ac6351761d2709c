"""Result models: OvfVolumeInfo (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "OvfVolumeInfo",
]


class OvfVolumeInfo(ZStackModel):
    """ZStack's `OvfVolumeInfo`."""

    disk_id: str | None = None
    """磁盘ID (since 4.4.6)"""

    driver_type: str | None = None
    """磁盘驱动器类型 (since 4.4.6)"""

    name: str | None = None
    """磁盘名称 (since 4.4.6)"""
