"""Result models: AttachAliyunDiskToEcsResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .aliyun_disk_inventory import AliyunDiskInventory
from .error_code import ErrorCode

__all__ = [
    "AttachAliyunDiskToEcsResult",
]


class AttachAliyunDiskToEcsResult(ZStackModel):
    """The result of AttachAliyunDiskToEcs (ZStack's `AttachAliyunDiskToEcsResult`)."""

    error: ErrorCode | None = None

    inventory: AliyunDiskInventory | None = None
