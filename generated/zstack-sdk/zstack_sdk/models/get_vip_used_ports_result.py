"""Result models: GetVipUsedPortsResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vip_port_range_inventory import VipPortRangeInventory

__all__ = [
    "GetVipUsedPortsResult",
]


class GetVipUsedPortsResult(ZStackModel):
    """The result of GetVipUsedPorts (ZStack's `GetVipUsedPortsResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.2)"""

    inventories: list[VipPortRangeInventory] | None = None
    """详情参考inventories (since 2.2)"""
