"""Result models: MttyDeviceInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "MttyDeviceInventory",
]


class MttyDeviceInventory(ZStackModel):
    """ZStack's `MttyDeviceInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.6.0)"""

    description: str | None = None
    """资源的详细描述 (since 4.6.0)"""

    host_uuid: str | None = None
    """物理机UUID (since 4.6.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.6.0)"""

    name: str | None = None
    """资源名称 (since 4.6.0)"""

    state: Literal["Enabled", "Disabled"] | str | None = None
    """详情参考state (since 4.6.0)"""

    type: Literal["SE_Controller"] | str | None = None
    """详情参考type (since 4.6.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.6.0)"""

    virt_status: (
        Literal["VFIO_MDEV_VIRTUALIZABLE", "VFIO_MDEV_VIRTUALIZED", "UNVIRTUALIZABLE", "UNKNOWN"]
        | str
        | None
    ) = None
    """详情参考virtStatus (since 4.6.0)"""
