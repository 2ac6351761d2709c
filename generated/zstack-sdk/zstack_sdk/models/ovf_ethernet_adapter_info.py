"""Result models: OvfEthernetAdapterInfo (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "OvfEthernetAdapterInfo",
]


class OvfEthernetAdapterInfo(ZStackModel):
    """ZStack's `OvfEthernetAdapterInfo`."""

    auto_allocation: bool | None = None
    """是否自动分配 (since 4.4.6)"""

    network_name: str | None = None
    """网络名称 (since 4.4.6)"""

    nic_model: str | None = None
    """网卡型号 (since 4.4.6)"""

    nic_name: str | None = None
    """网卡名称 (since 4.4.6)"""
