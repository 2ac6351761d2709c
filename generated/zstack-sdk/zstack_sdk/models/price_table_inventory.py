"""Result models: PriceTableInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "PriceTableInventory",
]


class PriceTableInventory(ZStackModel):
    """ZStack's `PriceTableInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.7.2)"""

    description: str | None = None
    """价目表描述 (since 3.7.2)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.7.2)"""

    name: str | None = None
    """价目表名称 (since 3.7.2)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.7.2)"""
