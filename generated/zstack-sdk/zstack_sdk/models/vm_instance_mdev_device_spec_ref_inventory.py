"""Result models: VmInstanceMdevDeviceSpecRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VmInstanceMdevDeviceSpecRefInventory",
]


class VmInstanceMdevDeviceSpecRefInventory(ZStackModel):
    """ZStack's `VmInstanceMdevDeviceSpecRefInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.5.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.5.0)"""

    mdev_device_number: int | None = None
    """需要为云主机挂载的符合设备规格的设备个数，默认为1 (since 3.5.0)"""

    mdev_spec_uuid: str | None = None
    """MDEV设备规格UUID (since 3.5.0)"""

    vm_instance_uuid: str | None = None
    """云主机UUID (since 3.5.0)"""
