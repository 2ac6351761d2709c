"""Result models: GetVpcVRouterDistributedRoutingConnectionsResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetVpcVRouterDistributedRoutingConnectionsResult",
]


class GetVpcVRouterDistributedRoutingConnectionsResult(ZStackModel):
    """The result of GetVpcVRouterDistributedRoutingConnections (ZStack's `GetVpcVRouterDistributedRoutingConnectionsResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.3)"""

    inventories: dict[str, Any] | None = None
    """实时流量状态集合，结构为Map Key是通信两端的地址； 内容为一个Map，包含：源网络和目的网络的类型、VNI，通信两端的Mac，上一次操作的时间以及目前的优化状态； 其中ZSNP_DST_SUCC表示优化成功 (since 2.3)"""
