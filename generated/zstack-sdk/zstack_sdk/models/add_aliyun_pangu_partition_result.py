"""Result models: AddAliyunPanguPartitionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .aliyun_pangu_partition_inventory import AliyunPanguPartitionInventory

__all__ = [
    "AddAliyunPanguPartitionResult",
]


class AddAliyunPanguPartitionResult(ZStackModel):
    """The ``AddAliyunPanguPartitionResult`` structure."""

    inventory: AliyunPanguPartitionInventory | None = None
