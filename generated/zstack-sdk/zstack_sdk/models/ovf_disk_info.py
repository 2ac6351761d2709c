"""Result models: OvfDiskInfo (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "OvfDiskInfo",
]


class OvfDiskInfo(ZStackModel):
    """ZStack's `OvfDiskInfo`."""

    capacity: int | None = None
    """磁盘容量，单位Byte (since 4.4.6)"""

    disk_id: str | None = None
    """磁盘ID (since 4.4.6)"""

    file_name: str | None = None
    """镜像文件名 (since 4.4.6)"""

    file_ref: str | None = None
    """文件引用名称 (since 4.4.6)"""

    format: str | None = None
    """镜像文件格式 (since 4.4.6)"""

    index: int | None = None
    """磁盘序号 (since 4.4.6)"""

    populated_size: int | None = None
    """镜像文件大小 (since 4.4.6)"""
