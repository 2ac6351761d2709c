"""Result models: IscsiLunInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "IscsiLunInventory",
]


class IscsiLunInventory(ZStackModel):
    """ZStack's `IscsiLunInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.0.0)"""

    hctl: str | None = None
    """SCSI设备HCTL (since 3.0.0)"""

    iscsi_target_uuid: str | None = None
    """iSCSI目标UUID (since 3.0.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.0.0)"""

    model: str | None = None
    """设备型号 (since 3.0.0)"""

    multipath_device_uuid: str | None = None

    name: str | None = None

    path: str | None = None
    """设备路径 (since 3.0.0)"""

    scsi_lun_host_refs: list[Any] | None = None

    scsi_lun_vm_instance_refs: list[Any] | None = None

    serial: str | None = None
    """设备序列号 (since 3.0.0)"""

    size: int | None = None
    """设备大小 (since 3.0.0)"""

    source: str | None = None

    state: str | None = None

    type: str | None = None
    """设备类型 (since 3.0.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.0.0)"""

    vendor: str | None = None
    """设备供应商 (since 3.0.0)"""

    wwid: str | None = None
    """唯一识别ID (since 3.0.0)"""

    wwn: str | None = None
    """设备WWN (since 3.0.0)"""
