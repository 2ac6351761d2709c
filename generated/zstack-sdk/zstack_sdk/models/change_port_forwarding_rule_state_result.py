"""Result models: ChangePortForwardingRuleStateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .port_forwarding_rule_inventory import PortForwardingRuleInventory

__all__ = [
    "ChangePortForwardingRuleStateResult",
]


class ChangePortForwardingRuleStateResult(ZStackModel):
    """The result of ChangePortForwardingRuleState (ZStack's `ChangePortForwardingRuleStateResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventory: PortForwardingRuleInventory | None = None
    """详情参考inventory (since 0.6)"""
