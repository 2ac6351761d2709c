"""Result models: SharedBlockInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SharedBlockInventory",
]


class SharedBlockInventory(ZStackModel):
    """ZStack's `SharedBlockInventory`."""

    available_capacity: int | None = None

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.3.2)"""

    description: str | None = None
    """资源的详细描述 (since 2.3.2)"""

    disk_uuid: str | None = None
    """磁盘唯一标示（例如UUID, WWN, WWID） (since 2.3.2)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.3.2)"""

    name: str | None = None
    """资源名称 (since 2.3.2)"""

    shared_block_group_uuid: str | None = None
    """共享块设备组UUID (since 2.3.2)"""

    state: Literal["Enabled", "Disabled", "Maintenance", "Deleting"] | str | None = None
    """详情参考state (since 2.3.2)"""

    status: Literal["Connecting", "Connected", "Disconnected"] | str | None = None
    """详情参考status (since 2.3.2)"""

    total_capacity: int | None = None

    type: Literal["LvmLogicalVolumeBasic"] | str | None = None
    """详情参考type (since 2.3.2)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.3.2)"""
