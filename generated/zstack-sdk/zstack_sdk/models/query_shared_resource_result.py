"""Result models: QuerySharedResourceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .shared_resource_inventory import SharedResourceInventory

__all__ = [
    "QuerySharedResourceResult",
]


class QuerySharedResourceResult(ZStackModel):
    """The result of QuerySharedResource (ZStack's `QuerySharedResourceResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[SharedResourceInventory] | None = None
    """详情参考inventories (since 0.6)"""

    total: int | None = None
