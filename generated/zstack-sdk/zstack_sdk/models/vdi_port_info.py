"""Result models: VdiPortInfo (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "VdiPortInfo",
]


class VdiPortInfo(ZStackModel):
    """ZStack's `VdiPortInfo`."""

    spice_port: int | None = None
    """spice端口号 (since 3.7.0)"""

    spice_tls_port: int | None = None
    """spice开启Tls加密，会存在spiceTlsPort和spicePort两个端口号，通过spice客户端连接云主机需要使用spiceTlsPort端口号 (since 3.7.0)"""

    vnc_port: int | None = None
    """vnc端口号 (since 3.7.0)"""
