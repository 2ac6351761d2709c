"""Result models: CreatePortForwardingRuleResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .port_forwarding_rule_inventory import PortForwardingRuleInventory

__all__ = [
    "CreatePortForwardingRuleResult",
]


class CreatePortForwardingRuleResult(ZStackModel):
    """The result of CreatePortForwardingRule (ZStack's `CreatePortForwardingRuleResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventory: PortForwardingRuleInventory | None = None
    """详情参考inventory (since 0.6)"""
