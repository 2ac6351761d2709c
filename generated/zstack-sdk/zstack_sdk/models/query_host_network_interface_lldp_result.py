"""Result models: QueryHostNetworkInterfaceLldpResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .change_host_network_interface_lldp_mode_inventory import (
    ChangeHostNetworkInterfaceLldpModeInventory,
)
from .error_code import ErrorCode

__all__ = [
    "QueryHostNetworkInterfaceLldpResult",
]


class QueryHostNetworkInterfaceLldpResult(ZStackModel):
    """The ``QueryHostNetworkInterfaceLldpResult`` structure."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 5.0.0)"""

    lldp: list[ChangeHostNetworkInterfaceLldpModeInventory] | None = None
    """详情参考inventories (since 5.0.0)"""

    success: bool | None = None
    """success (since 5.0.0)"""

    total: int | None = None
    """Number of matches (count / reply_with_count)"""
