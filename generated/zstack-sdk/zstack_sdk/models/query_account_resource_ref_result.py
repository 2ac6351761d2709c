"""Result models: QueryAccountResourceRefResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .account_resource_ref_inventory import AccountResourceRefInventory
from .error_code import ErrorCode

__all__ = [
    "QueryAccountResourceRefResult",
]


class QueryAccountResourceRefResult(ZStackModel):
    """The result of QueryAccountResourceRef (ZStack's `QueryAccountResourceRefResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[AccountResourceRefInventory] | None = None
    """详情参考inventories (since 0.6)"""

    total: int | None = None
