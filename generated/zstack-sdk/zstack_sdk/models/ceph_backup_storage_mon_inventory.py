"""Result models: CephBackupStorageMonInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "CephBackupStorageMonInventory",
]


class CephBackupStorageMonInventory(ZStackModel):
    """ZStack's `CephBackupStorageMonInventory`."""

    backup_storage_uuid: str | None = None
    """镜像存储UUID (since 0.6)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    hostname: str | None = None
    """hostname (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    mon_addr: str | None = None
    """monAddr (since 0.6)"""

    mon_port: int | None = None
    """monPort (since 0.6)"""

    mon_uuid: str | None = None
    """monUuid (since 0.6)"""

    ssh_password: str | None = None
    """sshPassword (since 0.6)"""

    ssh_port: int | None = None
    """sshPort (since 0.6)"""

    ssh_username: str | None = None
    """sshUsername (since 0.6)"""

    status: str | None = None
    """status (since 0.6)"""
