"""Result models: LocalStorageResourceRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "LocalStorageResourceRefInventory",
]


class LocalStorageResourceRefInventory(ZStackModel):
    """ZStack's `LocalStorageResourceRefInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    host_uuid: str | None = None
    """物理机UUID (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    primary_storage_uuid: str | None = None
    """主存储UUID (since 0.6)"""

    resource_type: str | None = None
    """resourceType (since 0.6)"""

    resource_uuid: str | None = None
    """resourceUuid (since 0.6)"""

    size: int | None = None
    """size (since 0.6)"""
