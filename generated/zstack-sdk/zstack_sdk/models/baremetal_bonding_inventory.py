"""Result models: BaremetalBondingInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "BaremetalBondingInventory",
]


class BaremetalBondingInventory(ZStackModel):
    """ZStack's `BaremetalBondingInventory`."""

    chassis_uuid: str | None = None
    """裸金属设备UUID (since 3.3.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.3.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.3.0)"""

    mode: int | None = None
    """网卡绑定模式 (since 3.3.0)"""

    name: str | None = None
    """网卡绑定名称 (since 3.3.0)"""

    opts: str | None = None
    """网卡绑定选项 (since 3.3.0)"""

    slaves: str | None = None
    """Slave MAC地址，逗号分隔 (since 3.3.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.3.0)"""
