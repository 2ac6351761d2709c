"""Result models: QuerySNSApplicationPlatformResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .account_inventory import AccountInventory
from .error_code import ErrorCode

__all__ = [
    "QuerySNSApplicationPlatformResult",
]


class QuerySNSApplicationPlatformResult(ZStackModel):
    """The result of QuerySNSApplicationPlatform (ZStack's `QuerySNSApplicationPlatformResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.3)"""

    inventories: list[AccountInventory] | None = None
    """详情参考inventories (since 2.3)"""

    success: bool | None = None
    """success (since 5.0.0)"""

    total: int | None = None
