"""Result models: BareMetal2ChassisDiskInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "BareMetal2ChassisDiskInventory",
]


class BareMetal2ChassisDiskInventory(ZStackModel):
    """ZStack's `BareMetal2ChassisDiskInventory`."""

    chassis_uuid: str | None = None
    """裸金属节点UUID (since 4.0.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.0.0)"""

    disk_size: int | None = None
    """磁盘空间(以字节为单位) (since 4.0.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.0.0)"""

    type: str | None = None
    """磁盘类型 (since 4.0.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.0.0)"""

    wwn: str | None = None
