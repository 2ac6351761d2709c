"""Result models: SecurityGroupRuleInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SecurityGroupRuleInventory",
]


class SecurityGroupRuleInventory(ZStackModel):
    """ZStack's `SecurityGroupRuleInventory`."""

    action: str | None = None
    """规则的默认动作 (since 4.7.21)"""

    allowed_cidr: str | None = None
    """允许的CIDR，根据流量类型的不同，允许的CIDR有不同的含义 如果流量类型是Ingress，允许的CIDR是允许访问虚拟机网卡的源CIDR 如果流量类型是Egress，允许的CIDR是允许从虚拟机网卡离开并到达的目的地CIDR创建时间 (since 0.6)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """规则描述 (since 4.7.21)"""

    dst_ip_range: str | None = None
    """目的IP范围 (since 4.7.21)"""

    dst_port_range: str | None = None
    """目的端口范围 (since 4.7.21)"""

    end_port: int | None = None
    """如果协议是TCP/UDP，它是端口范围（port range）的起始端口号 如果协议是ICMP，它是ICMP类型（type） (since 0.6)"""

    ip_version: int | None = None
    """ip协议号 (since 3.1.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    priority: int | None = None
    """规则优先级 (since 4.7.21)"""

    protocol: str | None = None
    """流量协议类型 (since 0.6)"""

    remote_security_group_uuid: str | None = None
    """remoteSecurityGroupUuid (since 0.6)"""

    security_group_uuid: str | None = None
    """安全组UUID (since 0.6)"""

    src_ip_range: str | None = None
    """源IP范围 (since 4.7.21)"""

    src_port_range: str | None = None
    """源端口范围，当前版本未实现 (since 4.7.21)"""

    start_port: int | None = None
    """如果协议是TCP/UDP，它是端口范围（port range）的起始端口号 如果协议是ICMP，它是ICMP类型（type） (since 0.6)"""

    state: str | None = None
    """规则的可用状态 (since 0.6)"""

    type: str | None = None
    """流量类型 (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""
