"""Result models: UpdateHaStrategyConditionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .ha_strategy_condition_inventory import HaStrategyConditionInventory

__all__ = [
    "UpdateHaStrategyConditionResult",
]


class UpdateHaStrategyConditionResult(ZStackModel):
    """The result of UpdateHaStrategyCondition (ZStack's `UpdateHaStrategyConditionResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.7.0)"""

    inventory: HaStrategyConditionInventory | None = None
    """详情参考inventory (since 4.7.0)"""

    success: bool | None = None
    """success (since 4.7.0)"""
