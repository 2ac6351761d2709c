"""Result models: VpcFirewallRuleTemplateInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .action_type import ActionType
from .firewall_rule_state import FirewallRuleState
from .ip_set_type import IpSetType
from .protocol_type import ProtocolType

__all__ = [
    "VpcFirewallRuleTemplateInventory",
]


class VpcFirewallRuleTemplateInventory(ZStackModel):
    """The ``VpcFirewallRuleTemplateInventory`` structure."""

    account_uuid: str | None = None
    """账户UUID (since 4.0.0)"""

    action: ActionType | None = None
    """详情参考action (since 4.0.0)"""

    allow_states: str | None = None
    """allowStates (since 4.0.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.0.0)"""

    description: str | None = None
    """资源的详细描述 (since 4.0.0)"""

    dest_ip: str | None = None
    """destIp (since 4.0.0)"""

    dest_port: str | None = None
    """destPort (since 4.0.0)"""

    dest_value: str | None = None
    """destValue (since 4.0.0)"""

    enable_log: bool | None = None
    """enableLog (since 4.0.0)"""

    icmp_type_name: str | None = None
    """icmpTypeName (since 4.0.0)"""

    is_default: bool | None = None
    """isDefault (since 4.0.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.0.0)"""

    name: str | None = None
    """资源名称 (since 4.0.0)"""

    protocol: ProtocolType | None = None
    """详情参考protocol (since 4.0.0)"""

    rule_number: int | None = None
    """ruleNumber (since 4.0.0)"""

    source_ip: str | None = None
    """sourceIp (since 4.0.0)"""

    source_port: str | None = None
    """sourcePort (since 4.0.0)"""

    source_value: str | None = None
    """sourceValue (since 4.0.0)"""

    state: FirewallRuleState | None = None
    """详情参考state (since 4.0.0)"""

    tcp_flag: str | None = None
    """tcpFlag (since 4.0.0)"""

    type: IpSetType | None = None
    """详情参考type (since 4.0.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.0.0)"""
