"""Result models: MdevDeviceSpecInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .mdev_device_spec_state import MdevDeviceSpecState
from .mdev_device_type import MdevDeviceType

__all__ = [
    "MdevDeviceSpecInventory",
]


class MdevDeviceSpecInventory(ZStackModel):
    """The ``MdevDeviceSpecInventory`` structure."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.5.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.5.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.5.0)"""

    name: str | None = None
    """资源名称 (since 3.5.0)"""

    specification: str | None = None
    """规格详情 (since 3.5.0)"""

    state: MdevDeviceSpecState | None = None
    """详情参考state (since 3.5.0)"""

    type: MdevDeviceType | None = None
    """详情参考type (since 3.5.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.5.0)"""
