"""Result models: LicenseInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "LicenseInventory",
]


class LicenseInventory(ZStackModel):
    """ZStack's `LicenseInventory`."""

    available_cpu_num: int | None = None
    """availableCpuNum (since 0.6)"""

    available_host_num: int | None = None
    """availableHostNum (since 0.6)"""

    available_vm_num: int | None = None
    """availableVmNum (since 4.1.0)"""

    capacity: int | None = None

    cpu_num: int | None = None
    """cpuNum (since 0.6)"""

    expired: bool | None = None
    """expired (since 0.6)"""

    expired_date: str | None = None
    """expiredDate (since 0.6)"""

    host_num: int | None = None
    """hostNum (since 0.6)"""

    issued_date: str | None = None
    """issuedDate (since 0.6)"""

    license_request: str | None = None
    """licenseRequest (since 0.6)"""

    license_type: str | None = None
    """licenseType (since 0.6)"""

    management_node_uuid: str | None = None
    """managementNodeUuid (since 4.1.0)"""

    platform_id: str | None = None

    prod_info: str | None = None
    """许可证产品名称 (since 4.1.0)"""

    source: str | None = None

    upload_date: str | None = None

    user: str | None = None
    """user (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.1.0)"""

    vm_num: int | None = None
    """vmNum (since 4.1.0)"""
