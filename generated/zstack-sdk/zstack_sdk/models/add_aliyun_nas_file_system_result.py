"""Result models: AddAliyunNasFileSystemResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .aliyun_nas_file_system_inventory import AliyunNasFileSystemInventory
from .error_code import ErrorCode

__all__ = [
    "AddAliyunNasFileSystemResult",
]


class AddAliyunNasFileSystemResult(ZStackModel):
    """The result of AddAliyunNasFileSystem (ZStack's `AddAliyunNasFileSystemResult`)."""

    error: ErrorCode | None = None

    inventory: AliyunNasFileSystemInventory | None = None
