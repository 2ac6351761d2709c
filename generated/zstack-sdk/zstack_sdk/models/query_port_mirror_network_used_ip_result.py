"""Result models: QueryPortMirrorNetworkUsedIpResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .mirror_network_used_ip_inventory import MirrorNetworkUsedIpInventory

__all__ = [
    "QueryPortMirrorNetworkUsedIpResult",
]


class QueryPortMirrorNetworkUsedIpResult(ZStackModel):
    """The result of QueryPortMirrorNetworkUsedIp (ZStack's `QueryPortMirrorNetworkUsedIpResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.7.0)"""

    inventories: list[MirrorNetworkUsedIpInventory] | None = None
    """详情参考inventories (since 3.7.0)"""

    total: int | None = None
