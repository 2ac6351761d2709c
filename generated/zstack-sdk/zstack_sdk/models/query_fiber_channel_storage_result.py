"""Result models: QueryFiberChannelStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .fiber_channel_storage_inventory import FiberChannelStorageInventory

__all__ = [
    "QueryFiberChannelStorageResult",
]


class QueryFiberChannelStorageResult(ZStackModel):
    """The result of QueryFiberChannelStorage (ZStack's `QueryFiberChannelStorageResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.1.0)"""

    inventories: list[FiberChannelStorageInventory] | None = None
    """详情参考inventories (since 3.1.0)"""

    total: int | None = None
