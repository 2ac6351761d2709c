"""Result models: MdevDeviceInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .mdev_device_state import MdevDeviceState
from .mdev_device_status import MdevDeviceStatus
from .mdev_device_type import MdevDeviceType

__all__ = [
    "MdevDeviceInventory",
]


class MdevDeviceInventory(ZStackModel):
    """The ``MdevDeviceInventory`` structure."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.5.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.5.0)"""

    host_uuid: str | None = None
    """物理机UUID (since 3.5.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.5.0)"""

    mdev_spec_uuid: str | None = None
    """MDEV设备规格UUID (since 3.5.0)"""

    name: str | None = None
    """资源名称 (since 3.5.0)"""

    parent_uuid: str | None = None
    """物理PCI设备UUID (since 3.5.0)"""

    state: MdevDeviceState | None = None
    """详情参考state (since 3.5.0)"""

    status: MdevDeviceStatus | None = None
    """详情参考status (since 3.5.0)"""

    type: MdevDeviceType | None = None
    """详情参考type (since 3.5.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.5.0)"""

    vm_instance_uuid: str | None = None
    """云主机UUID (since 3.5.0)"""
