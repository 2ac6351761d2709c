"""Result models: PortForwardingRuleInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "PortForwardingRuleInventory",
]


class PortForwardingRuleInventory(ZStackModel):
    """ZStack's `PortForwardingRuleInventory`."""

    allowed_cidr: str | None = None
    """源CIDR; 端口转发规则只作用于源CIDR的流量 (since 0.6)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    guest_ip: str | None = None
    """虚拟机网卡的IP地址 (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    private_port_end: int | None = None
    """客户IP的结束端口号 (since 0.6)"""

    private_port_start: int | None = None
    """客户IP的起始端口号 (since 0.6)"""

    protocol_type: str | None = None
    """网络流量的协议类型 (since 0.6)"""

    state: str | None = None
    """规则可用状态 (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""

    vip_ip: str | None = None
    """VIP的IP地址 (since 0.6)"""

    vip_port_end: int | None = None
    """VIP的结束端口号 (since 0.6)"""

    vip_port_start: int | None = None
    """VIP的起始端口号 (since 0.6)"""

    vip_uuid: str | None = None
    """VIP UUID (since 0.6)"""

    vm_nic_uuid: str | None = None
    """云主机网卡UUID (since 0.6)"""
