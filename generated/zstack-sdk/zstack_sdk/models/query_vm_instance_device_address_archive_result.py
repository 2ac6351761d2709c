"""Result models: QueryVmInstanceDeviceAddressArchiveResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vm_instance_device_address_archive_inventory import VmInstanceDeviceAddressArchiveInventory

__all__ = [
    "QueryVmInstanceDeviceAddressArchiveResult",
]


class QueryVmInstanceDeviceAddressArchiveResult(ZStackModel):
    """The result of QueryVmInstanceDeviceAddressArchive (ZStack's `QueryVmInstanceDeviceAddressArchiveResult`)."""

    error: ErrorCode | None = None

    inventories: list[VmInstanceDeviceAddressArchiveInventory] | None = None

    total: int | None = None
