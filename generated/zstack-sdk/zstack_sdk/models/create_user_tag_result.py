"""Result models: CreateUserTagResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .user_tag_inventory import UserTagInventory

__all__ = [
    "CreateUserTagResult",
]


class CreateUserTagResult(ZStackModel):
    """The result of CreateUserTag (ZStack's `CreateUserTagResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventory: UserTagInventory | None = None
    """详情参考inventory (since 0.6)"""
