"""Result models: AddSNSDingTalkAtPersonResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .sns_ding_talk_at_person_inventory import SNSDingTalkAtPersonInventory

__all__ = [
    "AddSNSDingTalkAtPersonResult",
]


class AddSNSDingTalkAtPersonResult(ZStackModel):
    """The result of AddSNSDingTalkAtPerson (ZStack's `AddSNSDingTalkAtPersonResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.3)"""

    inventory: SNSDingTalkAtPersonInventory | None = None
    """详情参考inventory (since 2.3)"""

    success: bool | None = None
    """success (since 5.0.0)"""
