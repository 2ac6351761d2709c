"""Result models: HostIpmiInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "HostIpmiInventory",
]


class HostIpmiInventory(ZStackModel):
    """ZStack's `HostIpmiInventory`."""

    ipmi_address: str | None = None
    """IPMI地址 (since 4.7.0)"""

    ipmi_port: int | None = None
    """IPMI端口 (since 4.7.0)"""

    ipmi_power_status: str | None = None
    """IPMI电源状态 (since 4.7.0)"""

    ipmi_username: str | None = None
    """IPMI用户名 (since 4.7.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.7.0)"""
