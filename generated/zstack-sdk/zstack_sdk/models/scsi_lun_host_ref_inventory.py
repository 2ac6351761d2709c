"""Result models: ScsiLunHostRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "ScsiLunHostRefInventory",
]


class ScsiLunHostRefInventory(ZStackModel):
    """ZStack's `ScsiLunHostRefInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.1.0)"""

    hctl: str | None = None

    host_uuid: str | None = None
    """物理机UUID (since 3.1.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.1.0)"""

    path: str | None = None

    scsi_lun_uuid: str | None = None
    """SCSI LUN UUID (since 3.1.0)"""
