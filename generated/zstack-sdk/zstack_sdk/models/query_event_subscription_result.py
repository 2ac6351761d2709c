"""Result models: QueryEventSubscriptionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .event_subscription_inventory import EventSubscriptionInventory

__all__ = [
    "QueryEventSubscriptionResult",
]


class QueryEventSubscriptionResult(ZStackModel):
    """The result of QueryEventSubscription (ZStack's `QueryEventSubscriptionResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.3.1)"""

    inventories: list[EventSubscriptionInventory] | None = None
    """详情参考inventories (since 2.3.1)"""

    total: int | None = None
