"""Result models: VmInstanceDeviceAddressGroupInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .vm_instance_device_address_archive_inventory import VmInstanceDeviceAddressArchiveInventory

__all__ = [
    "VmInstanceDeviceAddressGroupInventory",
]


class VmInstanceDeviceAddressGroupInventory(ZStackModel):
    """ZStack's `VmInstanceDeviceAddressGroupInventory`."""

    address_list: list[VmInstanceDeviceAddressArchiveInventory] | None = None

    create_date: ZStackDateTime | None = None

    last_op_date: ZStackDateTime | None = None

    resource_uuid: str | None = None

    uuid: str | None = None

    vm_instance_uuid: str | None = None
