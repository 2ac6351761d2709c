"""Result models: UpdateAtPersonOfAtDingTalkEndpointResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .sns_ding_talk_at_person_inventory import SNSDingTalkAtPersonInventory

__all__ = [
    "UpdateAtPersonOfAtDingTalkEndpointResult",
]


class UpdateAtPersonOfAtDingTalkEndpointResult(ZStackModel):
    """The result of UpdateAtPersonOfAtDingTalkEndpoint (ZStack's `UpdateAtPersonOfDingTalkEndpointResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 5.0.0)"""

    inventory: SNSDingTalkAtPersonInventory | None = None
    """详情参考inventory (since 5.0.0)"""

    success: bool | None = None
    """success (since 5.0.0)"""
