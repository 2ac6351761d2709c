"""Result models: ExportImageFromBackupStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ExportImageFromBackupStorageResult",
]


class ExportImageFromBackupStorageResult(ZStackModel):
    """The result of ExportImageFromBackupStorage (ZStack's `ExportImageFromBackupStorageResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 1.7)"""

    export_md5_sum: str | None = None
    """被导出镜像的md5值 (since 3.9.0)"""

    image_url: str | None = None
    """被导出镜像的访问地址 (since 1.7)"""

    success: bool | None = None
    """导出成功失败标志 (since 1.7)"""
