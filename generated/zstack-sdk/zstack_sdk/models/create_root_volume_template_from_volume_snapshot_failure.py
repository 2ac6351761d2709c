"""Result models: CreateRootVolumeTemplateFromVolumeSnapshotFailure (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "CreateRootVolumeTemplateFromVolumeSnapshotFailure",
]


class CreateRootVolumeTemplateFromVolumeSnapshotFailure(ZStackModel):
    """ZStack's `CreateRootVolumeTemplateFromVolumeSnapshotFailure`."""

    backup_storage_uuid: str | None = None
    """镜像存储UUID (since 0.6)"""

    error: ErrorCode | None = None
    """详情参考error (since 0.6)"""
