"""Result models: UpdateFirewallIpSetTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vpc_firewall_ip_set_template_inventory import VpcFirewallIpSetTemplateInventory

__all__ = [
    "UpdateFirewallIpSetTemplateResult",
]


class UpdateFirewallIpSetTemplateResult(ZStackModel):
    """The result of UpdateFirewallIpSetTemplate (ZStack's `UpdateFirewallIpSetTemplateResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.0.0)"""

    inventory: VpcFirewallIpSetTemplateInventory | None = None
    """详情参考inventory (since 4.0.0)"""
