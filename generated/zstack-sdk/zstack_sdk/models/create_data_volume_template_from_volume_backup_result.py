"""Result models: CreateDataVolumeTemplateFromVolumeBackupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .image_inventory import ImageInventory

__all__ = [
    "CreateDataVolumeTemplateFromVolumeBackupResult",
]


class CreateDataVolumeTemplateFromVolumeBackupResult(ZStackModel):
    """The result of CreateDataVolumeTemplateFromVolumeBackup (ZStack's `CreateDataVolumeTemplateFromVolumeBackupResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.6.0)"""

    inventory: ImageInventory | None = None
    """详情参考inventory (since 2.6.0)"""
