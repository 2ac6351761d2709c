"""Result models: AttachAliyunDiskToEcsResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .aliyun_disk_inventory import AliyunDiskInventory

__all__ = [
    "AttachAliyunDiskToEcsResult",
]


class AttachAliyunDiskToEcsResult(ZStackModel):
    """The ``AttachAliyunDiskToEcsResult`` structure."""

    inventory: AliyunDiskInventory | None = None
