"""Result models: FiberChannelLunInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .scsi_lun_host_ref_inventory import ScsiLunHostRefInventory
from .scsi_lun_vm_instance_ref_inventory import ScsiLunVmInstanceRefInventory

__all__ = [
    "FiberChannelLunInventory",
]


class FiberChannelLunInventory(ZStackModel):
    """ZStack's `FiberChannelLunInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.1.0)"""

    fiber_channel_storage_uuid: str | None = None
    """FC SAN存储UUID (since 3.1.0)"""

    hctl: str | None = None

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.1.0)"""

    model: str | None = None
    """型号 (since 3.1.0)"""

    multipath_device_uuid: str | None = None

    name: str | None = None
    """资源名称 (since 3.1.0)"""

    path: str | None = None
    """磁盘路径 (since 3.1.0)"""

    scsi_lun_host_refs: list[ScsiLunHostRefInventory] | None = None
    """详情参考scsiLunHostRefs (since 3.1.0)"""

    scsi_lun_vm_instance_refs: list[ScsiLunVmInstanceRefInventory] | None = None
    """详情参考scsiLunVmInstanceRefs (since 3.1.0)"""

    serial: str | None = None
    """磁盘序列号 (since 3.1.0)"""

    size: int | None = None
    """磁盘大小 (since 3.1.0)"""

    source: str | None = None

    state: str | None = None
    """启用状态 (since 3.1.0)"""

    type: str | None = None
    """磁盘类型 (since 3.1.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.1.0)"""

    vendor: str | None = None
    """供应商 (since 3.1.0)"""

    wwid: str | None = None
    """磁盘全局唯一表示 (since 3.1.0)"""

    wwn: str | None = None
    """磁盘WWN (since 3.1.0)"""
