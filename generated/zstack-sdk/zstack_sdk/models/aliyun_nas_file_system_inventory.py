"""Result models: AliyunNasFileSystemInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "AliyunNasFileSystemInventory",
]


class AliyunNasFileSystemInventory(ZStackModel):
    """ZStack's `AliyunNasFileSystemInventory`."""

    create_date: ZStackDateTime | None = None

    data_center_uuid: str | None = None

    description: str | None = None

    file_system_id: str | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    protocol: Literal["NFS", "SMB"] | str | None = None

    storage_type: str | None = None

    type: str | None = None

    uuid: str | None = None
