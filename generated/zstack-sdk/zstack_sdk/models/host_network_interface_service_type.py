"""Result models: HostNetworkInterfaceServiceType (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "HostNetworkInterfaceServiceType",
]


class HostNetworkInterfaceServiceType(ZStackModel):
    """The ``HostNetworkInterfaceServiceType`` structure."""

    backup_network: HostNetworkInterfaceServiceType | None = Field(None, alias="BackupNetwork")
    """备份网络 (since 4.7.11)"""

    management_network: HostNetworkInterfaceServiceType | None = Field(
        None, alias="ManagementNetwork"
    )
    """管理网络 (since 4.7.11)"""

    migration_network: HostNetworkInterfaceServiceType | None = Field(
        None, alias="MigrationNetwork"
    )
    """迁移网络 (since 4.7.11)"""

    storage_network: HostNetworkInterfaceServiceType | None = Field(None, alias="StorageNetwork")
    """存储网络 (since 4.7.11)"""

    tenant_network: HostNetworkInterfaceServiceType | None = Field(None, alias="TenantNetwork")
    """业务网络 (since 4.7.11)"""
