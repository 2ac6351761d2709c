"""Result models: VolumeInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VolumeInventory",
]


class VolumeInventory(ZStackModel):
    """ZStack's `VolumeInventory`."""

    actual_size: int | None = None
    """云盘真实大小 (since 0.6)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    device_id: int | None = None
    """设备ID (since 0.6)"""

    disk_offering_uuid: str | None = None
    """云盘规格UUID (since 0.6)"""

    format: str | None = None
    """云盘格式 (since 0.6)"""

    install_path: str | None = None
    """云盘在主存储上的路径 (since 0.6)"""

    is_shareable: bool | None = None
    """是否共享云盘 (since 0.6)"""

    last_attach_date: ZStackDateTime | None = None
    """lastAttachDate (since 5.3.28)"""

    last_detach_date: ZStackDateTime | None = None
    """lastDetachDate (since 2.3)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    last_vm_instance_uuid: str | None = None
    """lastVmInstanceUuid (since 2.3)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    primary_storage_uuid: str | None = None
    """主存储UUID (since 0.6)"""

    protocol: str | None = None
    """protocol (since 5.3.28)"""

    root_image_uuid: str | None = None
    """云盘根镜像UUID (since 0.6)"""

    size: int | None = None
    """云盘大小 (since 0.6)"""

    state: str | None = None
    """云盘是否开启 (since 0.6)"""

    status: str | None = None
    """云盘状态 (since 0.6)"""

    type: str | None = None
    """云盘类型，数据云盘/根云盘 (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""

    vm_instance_uuid: str | None = None
    """云主机UUID (since 0.6)"""

    volume_qos: str | None = None
    """云盘Qos，格式如total=1048576 (since 2.3)"""
