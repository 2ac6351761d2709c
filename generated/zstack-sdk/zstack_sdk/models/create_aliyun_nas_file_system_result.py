"""Result models: CreateAliyunNasFileSystemResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .nas_file_system_inventory import NasFileSystemInventory

__all__ = [
    "CreateAliyunNasFileSystemResult",
]


class CreateAliyunNasFileSystemResult(ZStackModel):
    """The result of CreateAliyunNasFileSystem (ZStack's `CreateNasFileSystemResult`)."""

    error: ErrorCode | None = None

    inventory: NasFileSystemInventory | None = None
