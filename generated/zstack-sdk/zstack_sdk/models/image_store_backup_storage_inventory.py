"""Result models: ImageStoreBackupStorageInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "ImageStoreBackupStorageInventory",
]


class ImageStoreBackupStorageInventory(ZStackModel):
    """ZStack's `ImageStoreBackupStorageInventory`."""

    attached_zone_uuids: list[Any] | None = None
    """attachedZoneUuids (since 0.6)"""

    available_capacity: int | None = None
    """availableCapacity (since 0.6)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    hostname: str | None = None
    """hostname (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    ssh_port: int | None = None
    """sshPort (since 0.6)"""

    state: str | None = None
    """state (since 0.6)"""

    status: str | None = None
    """status (since 0.6)"""

    total_capacity: int | None = None
    """totalCapacity (since 0.6)"""

    type: str | None = None
    """type (since 0.6)"""

    url: str | None = None
    """url (since 0.6)"""

    username: str | None = None
    """username (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""
