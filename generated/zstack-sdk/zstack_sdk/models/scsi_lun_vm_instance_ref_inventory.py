"""Result models: ScsiLunVmInstanceRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "ScsiLunVmInstanceRefInventory",
]


class ScsiLunVmInstanceRefInventory(ZStackModel):
    """ZStack's `ScsiLunVmInstanceRefInventory`."""

    attach_multipath: bool | None = None

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.1.0)"""

    device_id: int | None = None

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.1.0)"""

    scsi_lun_uuid: str | None = None
    """SCSI LUN UUID (since 3.1.0)"""

    vm_instance_uuid: str | None = None
    """云主机UUID (since 3.1.0)"""
