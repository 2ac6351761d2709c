"""Result models: QueryHostOsCategoryResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .host_os_category_inventory import HostOsCategoryInventory

__all__ = [
    "QueryHostOsCategoryResult",
]


class QueryHostOsCategoryResult(ZStackModel):
    """The result of QueryHostOsCategory (ZStack's `QueryHostOsCategoryResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.6.21)"""

    inventories: list[HostOsCategoryInventory] | None = None
    """详情参考inventories (since 4.6.21)"""

    success: bool | None = None
    """查询是否成功 (since 4.6.21)"""

    total: int | None = None
