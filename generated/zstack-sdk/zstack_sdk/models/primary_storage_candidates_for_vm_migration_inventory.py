"""Result models: PrimaryStorageCandidatesForVmMigrationInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "PrimaryStorageCandidatesForVmMigrationInventory",
]


class PrimaryStorageCandidatesForVmMigrationInventory(ZStackModel):
    """The ``PrimaryStorageCandidatesForVmMigrationInventory`` structure."""

    attached_cluster_uuids: list[Any] | None = None
    """attachedClusterUuids (since 3.1.0)"""

    available_capacity: int | None = None
    """availableCapacity (since 3.1.0)"""

    available_physical_capacity: int | None = None
    """availablePhysicalCapacity (since 3.1.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.1.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.1.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.1.0)"""

    mount_path: str | None = None
    """mountPath (since 3.1.0)"""

    name: str | None = None
    """资源名称 (since 3.1.0)"""

    state: str | None = None
    """state (since 3.1.0)"""

    status: str | None = None
    """status (since 3.1.0)"""

    system_used_capacity: int | None = None
    """systemUsedCapacity (since 3.1.0)"""

    total_capacity: int | None = None
    """totalCapacity (since 3.1.0)"""

    total_physical_capacity: int | None = None
    """totalPhysicalCapacity (since 3.1.0)"""

    type: str | None = None
    """type (since 3.1.0)"""

    url: str | None = None
    """url (since 3.1.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.1.0)"""

    zone_uuid: str | None = None
    """区域UUID (since 3.1.0)"""
