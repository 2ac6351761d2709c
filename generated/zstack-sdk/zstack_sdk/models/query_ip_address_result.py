"""Result models: QueryIpAddressResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .ip_address_inventory import IpAddressInventory

__all__ = [
    "QueryIpAddressResult",
]


class QueryIpAddressResult(ZStackModel):
    """The ``QueryIpAddressResult`` structure."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考errot (since 3.1.0)"""

    inventories: list[IpAddressInventory] | None = None
    """详情参考inventories (since 3.1.0)"""

    total: int | None = None
    """Number of matches (count / reply_with_count)"""
