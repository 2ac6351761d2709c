"""Result models: VpcFirewallRuleInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VpcFirewallRuleInventory",
]


class VpcFirewallRuleInventory(ZStackModel):
    """ZStack's `VpcFirewallRuleInventory`."""

    action: str | None = None
    """详情参考action (since 3.6.0)"""

    allow_states: str | None = None
    """检测报文状态 (since 3.6.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.6.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.6.0)"""

    dest_ip: str | None = None
    """目的ip (since 3.6.0)"""

    dest_port: str | None = None
    """目标端口 (since 3.6.0)"""

    expired: bool | None = None
    """是否是过期规则 (since 4.0.0)"""

    icmp_type_name: str | None = None
    """icmpType (since 3.6.0)"""

    is_applied: bool | None = None
    """是否已在使用 (since 4.0.0)"""

    is_default: bool | None = None
    """是否为系统规则 (since 3.6.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.6.0)"""

    protocol: str | None = None
    """详情参考protocol (since 3.6.0)"""

    rule_number: int | None = None
    """优先级 (since 3.6.0)"""

    rule_set_uuid: str | None = None
    """防火墙规则集uuid (since 3.6.0)"""

    source_ip: str | None = None
    """源ip (since 3.6.0)"""

    source_port: str | None = None
    """源端口 (since 3.6.0)"""

    state: str | None = None
    """详情参考state (since 3.6.0)"""

    tcp_flag: str | None = None
    """tcpFlag (since 3.6.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.6.0)"""
