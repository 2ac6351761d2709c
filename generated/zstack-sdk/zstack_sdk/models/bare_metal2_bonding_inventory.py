"""Result models: BareMetal2BondingInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "BareMetal2BondingInventory",
]


class BareMetal2BondingInventory(ZStackModel):
    """ZStack's `BareMetal2BondingInventory`."""

    account_uuid: str | None = None
    """账户UUID (since 4.4.24)"""

    chassis_uuid: str | None = None
    """chassisUuid (since 4.4.24)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.4.24)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.4.24)"""

    mode: int | None = None
    """mode (since 4.4.24)"""

    name: str | None = None
    """资源名称 (since 4.4.24)"""

    opts: str | None = None
    """opts (since 4.4.24)"""

    slaves: str | None = None
    """slaves (since 4.4.24)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.4.24)"""
