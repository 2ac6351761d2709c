"""Result models: VpcFirewallRuleTemplateInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VpcFirewallRuleTemplateInventory",
]


class VpcFirewallRuleTemplateInventory(ZStackModel):
    """ZStack's `VpcFirewallRuleTemplateInventory`."""

    account_uuid: str | None = None
    """账户UUID (since 4.0.0)"""

    action: Literal["drop", "reject", "accept"] | str | None = None
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

    protocol: (
        Literal[
            "TCP_UDP",
            "ALL",
            "AH",
            "AX25",
            "DCCP",
            "DDP",
            "EGP",
            "EIGRP",
            "ENCAP",
            "ESP",
            "ETHERIP",
            "FC",
            "GGP",
            "GRE",
            "HIP",
            "HMP",
            "ICMP",
            "IDPR_CMTP",
            "IDRP",
            "IGMP",
            "IGP",
            "IP",
            "IPCOMP",
            "IPENCAP",
            "IPIP",
            "ISIS",
            "ISO_TP4",
            "L2TP",
            "MANET",
            "MPLS_IN_IP",
            "OSPF",
            "PIM",
            "PUP",
            "RDP",
            "ROHC",
            "RSPF",
            "RSVP",
            "SCTP",
            "SKIP",
            "ST",
            "TCP",
            "UDP",
            "UDPLITE",
            "VMTP",
            "VRRP",
            "WESP",
            "VNS_IDP",
            "XTP",
        ]
        | str
        | None
    ) = None
    """详情参考protocol (since 4.0.0)"""

    rule_number: int | None = None
    """ruleNumber (since 4.0.0)"""

    source_ip: str | None = None
    """sourceIp (since 4.0.0)"""

    source_port: str | None = None
    """sourcePort (since 4.0.0)"""

    state: Literal["disable", "enable"] | str | None = None
    """详情参考state (since 4.0.0)"""

    tcp_flag: str | None = None
    """tcpFlag (since 4.0.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.0.0)"""
