"""Result models: QueryIPSecConnectionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .ipsec_connection_inventory import IPsecConnectionInventory

__all__ = [
    "QueryIPSecConnectionResult",
]


class QueryIPSecConnectionResult(ZStackModel):
    """The result of QueryIPSecConnection (ZStack's `QueryIPSecConnectionResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[IPsecConnectionInventory] | None = None
    """详情参考inventories (since 0.6)"""

    success: bool | None = None
    """success (since 4.5.0)"""

    total: int | None = None
