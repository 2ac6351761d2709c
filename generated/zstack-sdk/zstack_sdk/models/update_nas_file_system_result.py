"""Result models: UpdateNasFileSystemResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .nas_file_system_inventory import NasFileSystemInventory

__all__ = [
    "UpdateNasFileSystemResult",
]


class UpdateNasFileSystemResult(ZStackModel):
    """The result of UpdateNasFileSystem (ZStack's `UpdateNasFileSystemResult`)."""

    error: ErrorCode | None = None

    inventory: NasFileSystemInventory | None = None
