"""Result models: CreateSNSTopicResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .sns_topic_inventory import SNSTopicInventory

__all__ = [
    "CreateSNSTopicResult",
]


class CreateSNSTopicResult(ZStackModel):
    """The result of CreateSNSTopic (ZStack's `CreateSNSTopicResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.3)"""

    inventory: SNSTopicInventory | None = None
    """详情参考inventory (since 2.3)"""

    success: bool | None = None
    """success (since 5.0.0)"""
