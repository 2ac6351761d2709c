"""Result models: PullSdnControllerTenantInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "PullSdnControllerTenantInventory",
]


class PullSdnControllerTenantInventory(ZStackModel):
    """The ``PullSdnControllerTenantInventory`` structure."""

    cloud_domain_name: str | None = None
    """cloudDomainName (since 5.3.28)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 5.3.28)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 5.3.28)"""

    sdn_controller_uuid: str | None = None
    """sdnControllerUuid (since 5.3.28)"""

    status: str | None = None
    """status (since 5.3.28)"""

    tenant_name: str | None = None
    """tenantName (since 5.3.28)"""

    tenant_uuid: str | None = None
    """tenantUuid (since 5.3.28)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 5.3.28)"""

    vds_name: str | None = None
    """vdsName (since 5.3.28)"""

    vds_uuid: str | None = None
    """vdsUuid (since 5.3.28)"""
