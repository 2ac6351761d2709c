"""Result models: QueryBaremetalInstanceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .baremetal_instance_inventory import BaremetalInstanceInventory
from .error_code import ErrorCode

__all__ = [
    "QueryBaremetalInstanceResult",
]


class QueryBaremetalInstanceResult(ZStackModel):
    """The result of QueryBaremetalInstance (ZStack's `QueryBaremetalInstanceResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.6.0)"""

    inventories: list[BaremetalInstanceInventory] | None = None
    """详情参考inventories (since 2.6.0)"""

    total: int | None = None
