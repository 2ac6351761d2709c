"""Result models: CreateUserGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .user_group_inventory import UserGroupInventory

__all__ = [
    "CreateUserGroupResult",
]


class CreateUserGroupResult(ZStackModel):
    """The result of CreateUserGroup (ZStack's `CreateUserGroupResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventory: UserGroupInventory | None = None
    """详情参考inventory (since 0.6)"""
