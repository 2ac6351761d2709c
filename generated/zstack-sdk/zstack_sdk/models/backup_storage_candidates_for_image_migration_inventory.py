"""Result models: BackupStorageCandidatesForImageMigrationInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "BackupStorageCandidatesForImageMigrationInventory",
]


class BackupStorageCandidatesForImageMigrationInventory(ZStackModel):
    """The ``BackupStorageCandidatesForImageMigrationInventory`` structure."""

    attached_zone_uuids: list[Any] | None = None
    """attachedZoneUuids (since 2.2)"""

    available_capacity: int | None = None
    """availableCapacity (since 2.2)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.2)"""

    description: str | None = None
    """资源的详细描述 (since 2.2)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.2)"""

    name: str | None = None
    """资源名称 (since 2.2)"""

    state: str | None = None
    """state (since 2.2)"""

    status: str | None = None
    """status (since 2.2)"""

    total_capacity: int | None = None
    """totalCapacity (since 2.2)"""

    type: str | None = None
    """type (since 2.2)"""

    url: str | None = None
    """url (since 2.2)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.2)"""
