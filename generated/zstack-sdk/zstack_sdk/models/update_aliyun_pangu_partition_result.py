"""Result models: UpdateAliyunPanguPartitionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .aliyun_pangu_partition_inventory import AliyunPanguPartitionInventory
from .error_code import ErrorCode

__all__ = [
    "UpdateAliyunPanguPartitionResult",
]


class UpdateAliyunPanguPartitionResult(ZStackModel):
    """The result of UpdateAliyunPanguPartition (ZStack's `UpdateAliyunPanguPartitionResult`)."""

    error: ErrorCode | None = None

    inventory: AliyunPanguPartitionInventory | None = None
