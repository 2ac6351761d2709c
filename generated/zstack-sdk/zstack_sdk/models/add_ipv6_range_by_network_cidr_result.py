"""Result models: AddIpv6RangeByNetworkCidrResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .ip_range_inventory import IpRangeInventory

__all__ = [
    "AddIpv6RangeByNetworkCidrResult",
]


class AddIpv6RangeByNetworkCidrResult(ZStackModel):
    """The result of AddIpv6RangeByNetworkCidr (ZStack's `AddIpRangeByNetworkCidrResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.1.0)"""

    inventories: list[IpRangeInventory] | None = None

    inventory: IpRangeInventory | None = None
    """详情参考inventory (since 3.1.0)"""
