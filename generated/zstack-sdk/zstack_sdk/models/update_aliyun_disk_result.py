"""Result models: UpdateAliyunDiskResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .aliyun_disk_inventory import AliyunDiskInventory
from .error_code import ErrorCode

__all__ = [
    "UpdateAliyunDiskResult",
]


class UpdateAliyunDiskResult(ZStackModel):
    """The result of UpdateAliyunDisk (ZStack's `UpdateAliyunDiskResult`)."""

    error: ErrorCode | None = None

    inventory: AliyunDiskInventory | None = None
