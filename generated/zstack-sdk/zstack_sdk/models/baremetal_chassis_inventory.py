"""Result models: BaremetalChassisInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "BaremetalChassisInventory",
]


class BaremetalChassisInventory(ZStackModel):
    """ZStack's `BaremetalChassisInventory`."""

    cluster_uuid: str | None = None
    """集群UUID (since 2.6.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.6.0)"""

    description: str | None = None
    """资源的详细描述 (since 2.6.0)"""

    hardware_infos: list[Any] | None = None

    ipmi_address: str | None = None
    """IPMI地址 (since 2.6.0)"""

    ipmi_port: int | None = None
    """IPMI端口 (since 2.6.0)"""

    ipmi_username: str | None = None
    """IPMI用户名 (since 2.6.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.6.0)"""

    name: str | None = None
    """资源名称 (since 2.6.0)"""

    pxe_server_uuid: str | None = None
    """pxeServerUuid (since 3.1.1)"""

    state: str | None = None
    """state (since 2.6.0)"""

    status: str | None = None
    """status (since 2.6.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.6.0)"""

    zone_uuid: str | None = None
    """区域UUID (since 2.6.0)"""
