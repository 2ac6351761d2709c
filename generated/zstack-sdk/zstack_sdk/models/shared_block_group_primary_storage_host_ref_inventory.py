"""Result models: SharedBlockGroupPrimaryStorageHostRefInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SharedBlockGroupPrimaryStorageHostRefInventory",
]


class SharedBlockGroupPrimaryStorageHostRefInventory(ZStackModel):
    """ZStack's `SharedBlockGroupPrimaryStorageHostRefInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.3.2)"""

    host_id: int | None = None
    """物理机ID (since 2.3.2)"""

    host_uuid: str | None = None
    """物理机UUID (since 2.3.2)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.3.2)"""

    primary_storage_uuid: str | None = None
    """主存储UUID (since 2.3.2)"""

    status: Literal["Connected", "Connecting", "Disconnected"] | str | None = None
    """详情参考status (since 2.3.2)"""
