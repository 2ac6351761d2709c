"""Result models: UpdateEventSubscriptionLabelResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .event_subscription_label_inventory import EventSubscriptionLabelInventory

__all__ = [
    "UpdateEventSubscriptionLabelResult",
]


class UpdateEventSubscriptionLabelResult(ZStackModel):
    """The result of UpdateEventSubscriptionLabel (ZStack's `UpdateEventSubscriptionLabelResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.9.0)"""

    inventory: EventSubscriptionLabelInventory | None = None
    """详情参考inventory (since 3.9.0)"""
