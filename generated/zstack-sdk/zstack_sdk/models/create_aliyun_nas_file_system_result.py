"""Result models: CreateAliyunNasFileSystemResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .nas_file_system_inventory import NasFileSystemInventory

__all__ = [
    "CreateAliyunNasFileSystemResult",
]


class CreateAliyunNasFileSystemResult(ZStackModel):
    """The ``CreateAliyunNasFileSystemResult`` structure."""

    inventory: NasFileSystemInventory | None = None
