"""Result models: ImageInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .image_backup_storage_ref_inventory import ImageBackupStorageRefInventory
from .system_tag_inventory import SystemTagInventory

__all__ = [
    "ImageInventory",
]


class ImageInventory(ZStackModel):
    """ZStack's `ImageInventory`."""

    actual_size: int | None = None
    """镜像真实容量 (since 0.6)"""

    architecture: str | None = None
    """镜像CPU架构 (since 5.0.0)"""

    backup_storage_refs: list[ImageBackupStorageRefInventory] | None = None
    """详情参考backupStorageRefs (since 0.6)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    format: str | None = None
    """镜像的格式，比如：raw (since 0.6)"""

    guest_os_type: str | None = None
    """镜像对应的客户机操作系统类型 (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    md5_sum: str | None = None
    """镜像的md5值 (since 0.6)"""

    media_type: str | None = None
    """镜像的类型 (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    platform: str | None = None
    """镜像的系统平台 (since 0.6)"""

    size: int | None = None
    """镜像大小 (since 0.6)"""

    state: str | None = None
    """镜像的启动状态 (since 0.6)"""

    status: str | None = None
    """镜像的就绪状态 (since 0.6)"""

    system: bool | None = None
    """标识是否为系统镜像 (since 0.6)"""

    system_tags: list[SystemTagInventory] | None = None

    type: str | None = None
    """内部使用字段 (since 0.6)"""

    url: str | None = None
    """镜像的URL地址 (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""

    virtio: bool | None = None
    """是否支持virtio (since 5.0.0)"""
