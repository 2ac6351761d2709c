"""Result models: QuerySNSTopicSubscriberResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .sns_subscriber_inventory import SNSSubscriberInventory

__all__ = [
    "QuerySNSTopicSubscriberResult",
]


class QuerySNSTopicSubscriberResult(ZStackModel):
    """The result of QuerySNSTopicSubscriber (ZStack's `QuerySNSTopicSubscriberResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.3.1)"""

    inventories: list[SNSSubscriberInventory] | None = None
    """详情参考inventories (since 2.3.1)"""

    success: bool | None = None
    """success (since 5.0.0)"""

    total: int | None = None
