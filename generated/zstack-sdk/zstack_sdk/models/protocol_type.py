"""Result models: ProtocolType (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "ProtocolType",
]


class ProtocolType(ZStackModel):
    """The ``ProtocolType`` structure."""

    ah: ProtocolType | None = None
    """ah (since 3.6.0)"""

    all: ProtocolType | None = None
    """all (since 3.6.0)"""

    ax_25: ProtocolType | None = Field(None, alias="ax.25")
    """ax.25 (since 3.6.0)"""

    dccp: ProtocolType | None = None
    """dccp (since 3.6.0)"""

    ddp: ProtocolType | None = None
    """ddp (since 3.6.0)"""

    egp: ProtocolType | None = None
    """egp (since 3.6.0)"""

    eigrp: ProtocolType | None = None
    """eigrp (since 3.6.0)"""

    encap: ProtocolType | None = None
    """encap (since 3.6.0)"""

    esp: ProtocolType | None = None
    """esp (since 3.6.0)"""

    etherip: ProtocolType | None = None
    """etherip (since 3.6.0)"""

    fc: ProtocolType | None = None
    """fc (since 3.6.0)"""

    ggp: ProtocolType | None = None
    """ggp (since 3.6.0)"""

    gre: ProtocolType | None = None
    """gre (since 3.6.0)"""

    hip: ProtocolType | None = None
    """hip (since 3.6.0)"""

    hmp: ProtocolType | None = None
    """hmp (since 3.6.0)"""

    icmp: ProtocolType | None = None
    """icmp (since 3.6.0)"""

    idpr: ProtocolType | None = None
    """idpr (since 3.6.0)"""

    igmp: ProtocolType | None = None
    """igmp (since 3.6.0)"""

    igp: ProtocolType | None = None
    """igp (since 3.6.0)"""

    ip: ProtocolType | None = None
    """ip (since 3.6.0)"""

    ipcomp: ProtocolType | None = None
    """ipcomp (since 3.6.0)"""

    ipdr_cmtp: ProtocolType | None = Field(None, alias="ipdr-cmtp")
    """ipdr-cmtp (since 3.6.0)"""

    ipencap: ProtocolType | None = None
    """ipencap (since 3.6.0)"""

    ipip: ProtocolType | None = None
    """ipip (since 3.6.0)"""

    isis: ProtocolType | None = None
    """isis (since 3.6.0)"""

    iso_tp4: ProtocolType | None = Field(None, alias="iso-tp4")
    """iso-tp4 (since 3.6.0)"""

    l2tp: ProtocolType | None = None
    """l2tp (since 3.6.0)"""

    manet: ProtocolType | None = None
    """manet (since 3.6.0)"""

    mpls_in_ip: ProtocolType | None = Field(None, alias="mpls-in-ip")
    """mpls-in-ip (since 3.6.0)"""

    ospf: ProtocolType | None = None
    """ospf (since 3.6.0)"""

    pim: ProtocolType | None = None
    """pim (since 3.6.0)"""

    pls_in_ip: ProtocolType | None = Field(None, alias="pls-in-ip")
    """pls-in-ip (since 4.0.0)"""

    pup: ProtocolType | None = None
    """pup (since 3.6.0)"""

    rdp: ProtocolType | None = None
    """rdp (since 3.6.0)"""

    rohc: ProtocolType | None = None
    """rohc (since 3.6.0)"""

    rspf: ProtocolType | None = None
    """rspf (since 3.6.0)"""

    rsvp: ProtocolType | None = None
    """rsvp (since 3.6.0)"""

    sctp: ProtocolType | None = None
    """sctp (since 3.6.0)"""

    skip: ProtocolType | None = None
    """skip (since 3.6.0)"""

    st: ProtocolType | None = None
    """st (since 3.6.0)"""

    tcp: ProtocolType | None = None
    """tcp (since 3.6.0)"""

    tcp_udp: ProtocolType | None = Field(None, alias="tcp_udp")
    """tcp_udp (since 3.6.0)"""

    udp: ProtocolType | None = None
    """udp (since 3.6.0)"""

    udplite: ProtocolType | None = None
    """udplite (since 3.6.0)"""

    vmtp: ProtocolType | None = None
    """vmtp (since 3.6.0)"""

    vrrp: ProtocolType | None = None
    """vrrp (since 3.6.0)"""

    wesp: ProtocolType | None = None
    """wesp (since 3.6.0)"""

    xns_idp: ProtocolType | None = Field(None, alias="xns-idp")
    """xns-idp (since 3.6.0)"""

    xtp: ProtocolType | None = None
    """xtp (since 3.6.0)"""
