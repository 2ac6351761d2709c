"""Result models: VolumeInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VolumeInventory",
]


class VolumeInventory(ZStackModel):
    """The ``VolumeInventory`` structure."""

    access_path_id: str | None = None
    """访问路径id (since 4.7.11)"""

    access_path_iqn: str | None = None
    """访问路径iqn (since 4.7.11)"""

    actual_size: int | None = None
    """actualSize (since 0.6)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    device_id: int | None = None
    """deviceId (since 0.6)"""

    disk_id: str | None = None
    """磁盘ID (since 4.4.6)"""

    disk_offering_uuid: str | None = None
    """云盘规格UUID (since 0.6)"""

    driver_type: str | None = None
    """磁盘驱动器类型 (since 4.4.6)"""

    format: str | None = None
    """format (since 0.6)"""

    gateway_ips: list[Any] | None = None
    """网关ip (since 4.7.11)"""

    install_path: str | None = None
    """installPath (since 0.6)"""

    is_shareable: bool | None = None
    """isShareable (since 0.6)"""

    iscsi_path: str | None = None
    """iscsiPath (since 4.7.11)"""

    last_attach_date: ZStackDateTime | None = None

    last_detach_date: ZStackDateTime | None = None
    """lastDetachDate (since 4.6.21)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    last_vm_instance_uuid: str | None = None
    """lastVmInstanceUuid (since 4.6.21)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    primary_storage_uuid: str | None = None
    """主存储UUID (since 0.6)"""

    protocol: str | None = None

    root_image_uuid: str | None = None
    """rootImageUuid (since 0.6)"""

    size: int | None = None
    """size (since 0.6)"""

    state: str | None = None
    """state (since 0.6)"""

    status: str | None = None
    """status (since 0.6)"""

    target_count: int | None = None
    """关联目标数量 (since 4.7.11)"""

    type: str | None = None
    """type (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""

    vendor: str | None = None
    """vendor (since 4.7.11)"""

    vm_instance_uuid: str | None = None
    """云主机UUID (since 0.6)"""

    volume_qos: str | None = None
    """云盘Qos，格式如total=1048576 (since 3.2.0)"""
