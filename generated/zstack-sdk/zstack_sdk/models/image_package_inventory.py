"""Result models: ImagePackageInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "ImagePackageInventory",
]


class ImagePackageInventory(ZStackModel):
    """ZStack's `ImagePackageInventory`."""

    backup_storage_uuid: str | None = None
    """镜像包文件位于的镜像存储UUID (since 4.4.6)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.4.6)"""

    description: str | None = None
    """资源的详细描述 (since 4.4.6)"""

    export_url: str | None = None
    """下载地址 (since 4.4.6)"""

    format: str | None = None
    """镜像包文件格式 (since 4.4.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.4.6)"""

    md5_sum: str | None = None
    """镜像包文件MD5校验码 (since 4.4.6)"""

    name: str | None = None
    """资源名称 (since 4.4.6)"""

    size: int | None = None
    """镜像包文件大小 (since 4.4.6)"""

    state: Literal["Exporting", "Exported"] | str | None = None
    """详情参考state (since 4.4.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.4.6)"""

    vm_uuid: str | None = None
    """源虚拟机UUID (since 4.4.6)"""
