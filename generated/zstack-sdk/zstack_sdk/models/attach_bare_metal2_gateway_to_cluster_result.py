"""Result models: AttachBareMetal2GatewayToClusterResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .bare_metal2_gateway_inventory import BareMetal2GatewayInventory
from .error_code import ErrorCode

__all__ = [
    "AttachBareMetal2GatewayToClusterResult",
]


class AttachBareMetal2GatewayToClusterResult(ZStackModel):
    """The result of AttachBareMetal2GatewayToCluster (ZStack's `AttachBareMetal2GatewayToClusterResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.0.0)"""

    inventory: BareMetal2GatewayInventory | None = None
    """详情参考inventory (since 4.0.0)"""
