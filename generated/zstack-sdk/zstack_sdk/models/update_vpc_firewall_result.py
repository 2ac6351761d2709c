"""Result models: UpdateVpcFirewallResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vpc_firewall_inventory import VpcFirewallInventory

__all__ = [
    "UpdateVpcFirewallResult",
]


class UpdateVpcFirewallResult(ZStackModel):
    """The result of UpdateVpcFirewall (ZStack's `UpdateVpcFirewallResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.6.0)"""

    inventory: VpcFirewallInventory | None = None
    """详情参考inventory (since 3.6.0)"""
