"""Result models: QueryVmInstanceDeviceAddressGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vm_instance_device_address_group_inventory import VmInstanceDeviceAddressGroupInventory

__all__ = [
    "QueryVmInstanceDeviceAddressGroupResult",
]


class QueryVmInstanceDeviceAddressGroupResult(ZStackModel):
    """The result of QueryVmInstanceDeviceAddressGroup (ZStack's `QueryVmInstanceDeviceAddressGroupResult`)."""

    error: ErrorCode | None = None

    inventories: list[VmInstanceDeviceAddressGroupInventory] | None = None

    total: int | None = None
