"""Result models: AllVolume (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "AllVolume",
]


class AllVolume(ZStackModel):
    """The ``AllVolume`` structure."""

    actual_size: int | None = None
    """actualSize (since 4.7.13)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.7.13)"""

    description: str | None = None
    """资源的详细描述 (since 4.7.13)"""

    device_id: int | None = None
    """deviceId (since 4.7.13)"""

    disk_offering_uuid: str | None = None
    """云盘规格UUID (since 4.7.13)"""

    format: str | None = None
    """format (since 4.7.13)"""

    install_path: str | None = None
    """installPath (since 4.7.13)"""

    is_shareable: bool | None = None
    """isShareable (since 4.7.13)"""

    last_attach_date: ZStackDateTime | None = None
    """lastAttachDate (since 5.3.28)"""

    last_detach_date: ZStackDateTime | None = None
    """lastDetachDate (since 4.7.13)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.7.13)"""

    last_vm_instance_uuid: str | None = None
    """lastVmInstanceUuid (since 4.7.13)"""

    name: str | None = None
    """资源名称 (since 4.7.13)"""

    primary_storage_uuid: str | None = None
    """主存储UUID (since 4.7.13)"""

    protocol: str | None = None
    """protocol (since 5.3.28)"""

    root_image_uuid: str | None = None
    """rootImageUuid (since 4.7.13)"""

    size: int | None = None
    """size (since 4.7.13)"""

    state: str | None = None
    """state (since 4.7.13)"""

    status: str | None = None
    """status (since 4.7.13)"""

    type: str | None = None
    """type (since 4.7.13)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.7.13)"""

    vm_instance_uuid: str | None = None
    """云主机UUID (since 4.7.13)"""

    volume_qos: str | None = None
    """volumeQos (since 4.7.13)"""
