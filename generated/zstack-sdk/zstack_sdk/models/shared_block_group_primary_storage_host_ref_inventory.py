"""Result models: SharedBlockGroupPrimaryStorageHostRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .shared_block_type import SharedBlockType

__all__ = [
    "SharedBlockGroupPrimaryStorageHostRefInventory",
]


class SharedBlockGroupPrimaryStorageHostRefInventory(ZStackModel):
    """The ``SharedBlockGroupPrimaryStorageHostRefInventory`` structure."""

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

    status: SharedBlockType | None = None
    """详情参考status (since 2.3.2)"""
