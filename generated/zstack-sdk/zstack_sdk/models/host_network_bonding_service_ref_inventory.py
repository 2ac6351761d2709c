"""Result models: HostNetworkBondingServiceRefInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "HostNetworkBondingServiceRefInventory",
]


class HostNetworkBondingServiceRefInventory(ZStackModel):
    """ZStack's `HostNetworkBondingServiceRefInventory`."""

    bonding_uuid: str | None = None
    """bond网口Uuid (since 4.7.11)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.7.11)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.7.11)"""

    service_type: (
        Literal[
            "ManagementNetwork",
            "TenantNetwork",
            "StorageNetwork",
            "BackupNetwork",
            "MigrationNetwork",
        ]
        | str
        | None
    ) = None
    """详情参考serviceType (since 4.7.11)"""

    vlan_id: int | None = None
    """vlan子接口id (since 4.7.11)"""
