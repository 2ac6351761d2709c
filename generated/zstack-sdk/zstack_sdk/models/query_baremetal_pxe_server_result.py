"""Result models: QueryBaremetalPxeServerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .baremetal_pxe_server_inventory import BaremetalPxeServerInventory
from .error_code import ErrorCode

__all__ = [
    "QueryBaremetalPxeServerResult",
]


class QueryBaremetalPxeServerResult(ZStackModel):
    """The result of QueryBaremetalPxeServer (ZStack's `QueryBaremetalPxeServerResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.6.0)"""

    inventories: list[BaremetalPxeServerInventory] | None = None
    """详情参考inventories (since 2.6.0)"""

    total: int | None = None
