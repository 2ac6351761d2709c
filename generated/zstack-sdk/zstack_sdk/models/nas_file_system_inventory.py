"""Result models: NasFileSystemInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "NasFileSystemInventory",
]


class NasFileSystemInventory(ZStackModel):
    """The ``NasFileSystemInventory`` structure."""

    create_date: ZStackDateTime | None = None

    description: str | None = None

    file_system_id: str | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    protocol: str | None = None

    type: str | None = None

    uuid: str | None = None
