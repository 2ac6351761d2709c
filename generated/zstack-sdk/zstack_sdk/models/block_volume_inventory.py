"""Result models: BlockVolumeInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "BlockVolumeInventory",
]


class BlockVolumeInventory(ZStackModel):
    """The ``BlockVolumeInventory`` structure."""

    actual_size: int | None = None

    create_date: ZStackDateTime | None = None

    description: str | None = None

    device_id: int | None = None

    disk_offering_uuid: str | None = None

    format: str | None = None

    install_path: str | None = None

    is_shareable: bool | None = None

    iscsi_path: str | None = None

    last_attach_date: ZStackDateTime | None = None

    last_detach_date: ZStackDateTime | None = None

    last_op_date: ZStackDateTime | None = None

    last_vm_instance_uuid: str | None = None

    name: str | None = None

    primary_storage_uuid: str | None = None

    protocol: str | None = None

    root_image_uuid: str | None = None

    size: int | None = None

    state: str | None = None

    status: str | None = None

    type: str | None = None

    uuid: str | None = None

    vendor: str | None = None

    vm_instance_uuid: str | None = None

    volume_qos: str | None = None
