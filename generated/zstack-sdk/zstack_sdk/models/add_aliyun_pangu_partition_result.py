"""Result models: AddAliyunPanguPartitionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .aliyun_pangu_partition_inventory import AliyunPanguPartitionInventory
from .error_code import ErrorCode

__all__ = [
    "AddAliyunPanguPartitionResult",
]


class AddAliyunPanguPartitionResult(ZStackModel):
    """The result of AddAliyunPanguPartition (ZStack's `AddAliyunPanguPartitionResult`)."""

    error: ErrorCode | None = None

    inventory: AliyunPanguPartitionInventory | None = None
