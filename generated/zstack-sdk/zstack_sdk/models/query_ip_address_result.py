"""Result models: QueryIpAddressResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .used_ip_inventory import UsedIpInventory

__all__ = [
    "QueryIpAddressResult",
]


class QueryIpAddressResult(ZStackModel):
    """The result of QueryIpAddress (ZStack's `QueryIpAddressResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考errot (since 3.1.0)"""

    inventories: list[UsedIpInventory] | None = None
    """详情参考inventories (since 3.1.0)"""

    total: int | None = None
