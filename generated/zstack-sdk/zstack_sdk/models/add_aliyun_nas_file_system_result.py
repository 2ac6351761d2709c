"""Result models: AddAliyunNasFileSystemResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .aliyun_nas_file_system_inventory import AliyunNasFileSystemInventory

__all__ = [
    "AddAliyunNasFileSystemResult",
]


class AddAliyunNasFileSystemResult(ZStackModel):
    """The ``AddAliyunNasFileSystemResult`` structure."""

    inventory: AliyunNasFileSystemInventory | None = None
