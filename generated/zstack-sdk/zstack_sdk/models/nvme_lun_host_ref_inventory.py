"""Result models: NvmeLunHostRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "NvmeLunHostRefInventory",
]


class NvmeLunHostRefInventory(ZStackModel):
    """ZStack's `NvmeLunHostRefInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.6.21)"""

    hctl: str | None = None
    """磁盘HCTL (since 4.6.21)"""

    host_uuid: str | None = None
    """物理机UUID (since 4.6.21)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.6.21)"""

    nvme_lun_uuid: str | None = None
    """NVme磁盘UUID (since 4.6.21)"""

    path: str | None = None
    """磁盘路径 (since 4.6.21)"""
