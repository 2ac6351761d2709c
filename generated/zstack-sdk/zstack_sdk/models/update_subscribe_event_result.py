"""Result models: UpdateSubscribeEventResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .event_subscription_inventory import EventSubscriptionInventory

__all__ = [
    "UpdateSubscribeEventResult",
]


class UpdateSubscribeEventResult(ZStackModel):
    """The result of UpdateSubscribeEvent (ZStack's `UpdateSubscribeEventResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.8.0)"""

    inventory: EventSubscriptionInventory | None = None
    """详情参考inventory (since 3.8.0)"""
