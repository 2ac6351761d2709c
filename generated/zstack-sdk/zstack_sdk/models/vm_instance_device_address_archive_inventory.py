"""Result models: VmInstanceDeviceAddressArchiveInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VmInstanceDeviceAddressArchiveInventory",
]


class VmInstanceDeviceAddressArchiveInventory(ZStackModel):
    """ZStack's `VmInstanceDeviceAddressArchiveInventory`."""

    address_group_uuid: str | None = None

    create_date: ZStackDateTime | None = None

    device_address: str | None = None

    id: int | None = None

    last_op_date: ZStackDateTime | None = None

    metadata: str | None = None

    metadata_class: str | None = None

    resource_uuid: str | None = None

    vm_instance_uuid: str | None = None
