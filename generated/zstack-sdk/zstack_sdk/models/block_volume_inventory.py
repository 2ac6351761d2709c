"""Result models: BlockVolumeInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "BlockVolumeInventory",
]


class BlockVolumeInventory(ZStackModel):
    """ZStack's `BlockVolumeInventory`."""

    actual_size: int | None = None
    """actualSize (since 4.7.11)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.7.11)"""

    description: str | None = None
    """资源的详细描述 (since 4.7.11)"""

    device_id: int | None = None
    """deviceId (since 4.7.11)"""

    disk_offering_uuid: str | None = None
    """云盘规格UUID (since 4.7.11)"""

    format: str | None = None
    """format (since 4.7.11)"""

    install_path: str | None = None
    """installPath (since 4.7.11)"""

    is_shareable: bool | None = None
    """isShareable (since 4.7.11)"""

    iscsi_path: str | None = None
    """iscsiPath (since 4.7.11)"""

    last_attach_date: ZStackDateTime | None = None

    last_detach_date: ZStackDateTime | None = None
    """lastDetachDate (since 4.7.11)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.7.11)"""

    last_vm_instance_uuid: str | None = None
    """lastVmInstanceUuid (since 4.7.11)"""

    name: str | None = None
    """资源名称 (since 4.7.11)"""

    primary_storage_uuid: str | None = None
    """主存储UUID (since 4.7.11)"""

    protocol: str | None = None

    root_image_uuid: str | None = None
    """rootImageUuid (since 4.7.11)"""

    size: int | None = None
    """size (since 4.7.11)"""

    state: str | None = None
    """state (since 4.7.11)"""

    status: str | None = None
    """status (since 4.7.11)"""

    type: str | None = None
    """type (since 4.7.11)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.7.11)"""

    vendor: str | None = None
    """vendor (since 4.7.11)"""

    vm_instance_uuid: str | None = None
    """云主机UUID (since 4.7.11)"""

    volume_qos: str | None = None
    """volumeQos (since 4.7.11)"""
