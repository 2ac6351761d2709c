"""Result models: SecurityGroupInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel
from .rule import Rule

__all__ = [
    "SecurityGroupInventory",
]


class SecurityGroupInventory(ZStackModel):
    """The ``SecurityGroupInventory`` structure."""

    action: str | None = None
    """规则的默认动作 (since 4.7.21)"""

    allowed_cidr: str | None = None
    """允许的CIDR，根据流量类型的不同, 允许的CIDR有不同的含义 如果流量类型是Ingress，允许的CIDR是允许访问虚拟机网卡的源CIDR 如果流量类型是Egress，允许的CIDR是允许从虚拟机网卡离开并到达的目的地CIDR (since 4.7.21)"""

    attached_l3_network_uuids: list[Any] | None = None
    """attachedL3NetworkUuids (since 0.6)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    dst_ip_range: str | None = None
    """目的IP范围 (since 4.7.21)"""

    dst_port_range: str | None = None
    """目的端口范围 (since 4.7.21)"""

    egress_policy: str | None = None
    """网卡出方向安全策略 (since 4.7.21)"""

    end_port: int | None = None
    """如果协议是TCP/UDP, 它是端口范围（port range）的起始端口号 如果协议是ICMP, 它是ICMP类型（type） (since 4.7.21)"""

    ingress_policy: str | None = None
    """网卡入方向安全策略 (since 4.7.21)"""

    ip_version: int | None = None
    """ip协议号 (since 3.1.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    priority: int | None = None
    """规则优先级 (since 4.7.21)"""

    protocol: str | None = None
    """流量协议类型 (since 4.7.21)"""

    remote_security_group_uuid: str | None = None
    """remoteSecurityGroupUuid (since 4.7.21)"""

    rules: list[Rule] | None = None
    """详情参考rules (since 0.6)"""

    security_group_uuid: str | None = None
    """安全组UUID (since 4.7.21)"""

    src_ip_range: str | None = None
    """源IP范围 (since 4.7.21)"""

    src_port_range: str | None = None
    """源端口范围，当前版本未实现 (since 4.7.21)"""

    start_port: int | None = None
    """如果协议是TCP/UDP，它是端口范围（port range）的起始端口号 如果协议是ICMP，它是ICMP类型（type） (since 4.7.21)"""

    state: str | None = None
    """规则的可用状态 (since 0.6)"""

    type: str | None = None
    """流量类型 (since 4.7.21)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""

    vm_instance_uuid: str | None = None
    """云主机UUID (since 4.7.21)"""

    vm_nic_uuid: str | None = None
    """云主机网卡UUID (since 4.7.21)"""
