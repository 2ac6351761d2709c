"""Result models: HaStrategyConditionInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "HaStrategyConditionInventory",
]


class HaStrategyConditionInventory(ZStackModel):
    """ZStack's `HaStrategyConditionInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.7.0)"""

    fencer_name: str | None = None
    """fencer 名字 (since 4.7.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.7.0)"""

    name: str | None = None
    """资源名称 (since 4.7.0)"""

    state: str | None = None
    """状态 (since 4.7.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.7.0)"""
