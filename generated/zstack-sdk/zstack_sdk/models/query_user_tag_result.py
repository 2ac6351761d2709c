"""Result models: QueryUserTagResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .user_tag_inventory import UserTagInventory

__all__ = [
    "QueryUserTagResult",
]


class QueryUserTagResult(ZStackModel):
    """The result of QueryUserTag (ZStack's `QueryUserTagResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[UserTagInventory] | None = None
    """详情参考inventories (since 0.6)"""

    total: int | None = None
