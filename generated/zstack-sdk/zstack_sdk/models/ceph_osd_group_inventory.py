"""Result models: CephOsdGroupInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "CephOsdGroupInventory",
]


class CephOsdGroupInventory(ZStackModel):
    """ZStack's `CephOsdGroupInventory`."""

    available_capacity: int | None = None
    """availableCapacity (since 4.5.0)"""

    available_physical_capacity: int | None = None
    """availablePhysicalCapacity (since 4.5.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.5.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.5.0)"""

    osds: str | None = None
    """osds (since 4.5.0)"""

    primary_storage_uuid: str | None = None
    """主存储UUID (since 4.5.0)"""

    total_physical_capacity: int | None = None
    """totalPhysicalCapacity (since 4.5.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.5.0)"""
