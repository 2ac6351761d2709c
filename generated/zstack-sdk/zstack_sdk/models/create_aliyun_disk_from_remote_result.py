"""Result models: CreateAliyunDiskFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .aliyun_disk_inventory import AliyunDiskInventory
from .error_code import ErrorCode

__all__ = [
    "CreateAliyunDiskFromRemoteResult",
]


class CreateAliyunDiskFromRemoteResult(ZStackModel):
    """The result of CreateAliyunDiskFromRemote (ZStack's `CreateAliyunDiskFromRemoteResult`)."""

    error: ErrorCode | None = None

    inventory: AliyunDiskInventory | None = None
