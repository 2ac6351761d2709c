"""Result models: CephPrimaryStoragePoolInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "CephPrimaryStoragePoolInventory",
]


class CephPrimaryStoragePoolInventory(ZStackModel):
    """ZStack's `CephPrimaryStoragePoolInventory`."""

    alias_name: str | None = None
    """aliasName (since 0.6)"""

    available_capacity: int | None = None
    """availableCapacity (since 2.3.2)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    disk_utilization: float | None = None

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    pool_name: str | None = None
    """poolName (since 0.6)"""

    primary_storage_uuid: str | None = None
    """主存储UUID (since 0.6)"""

    replicated_size: int | None = None
    """replicatedSize (since 2.3.2)"""

    security_policy: str | None = None

    total_capacity: int | None = None

    type: str | None = None
    """type (since 0.6)"""

    used_capacity: int | None = None
    """usedCapacity (since 2.3.2)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""
