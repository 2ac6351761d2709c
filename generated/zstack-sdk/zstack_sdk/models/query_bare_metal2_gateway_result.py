"""Result models: QueryBareMetal2GatewayResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .bare_metal2_gateway_inventory import BareMetal2GatewayInventory
from .error_code import ErrorCode

__all__ = [
    "QueryBareMetal2GatewayResult",
]


class QueryBareMetal2GatewayResult(ZStackModel):
    """The result of QueryBareMetal2Gateway (ZStack's `QueryBareMetal2GatewayResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.0.0)"""

    inventories: list[BareMetal2GatewayInventory] | None = None
    """详情参考inventories (since 4.0.0)"""

    total: int | None = None
