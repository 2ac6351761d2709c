"""Result models: ImageBackupStorageRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "ImageBackupStorageRefInventory",
]


class ImageBackupStorageRefInventory(ZStackModel):
    """ZStack's `ImageBackupStorageRefInventory`."""

    backup_storage_uuid: str | None = None
    """镜像存储UUID (since 0.6)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    export_md5_sum: str | None = None
    """导出镜像的md5值 (since 0.6)"""

    export_url: str | None = None
    """导出镜像的url (since 0.6)"""

    image_uuid: str | None = None
    """镜像UUID (since 0.6)"""

    install_path: str | None = None
    """在镜像服务器上的安装路径 (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    status: str | None = None
    """镜像就绪状态 (since 0.6)"""
