"""Result models: CandidateIsoForAttachingVmInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .backup_storage_ref import BackupStorageRef

__all__ = [
    "CandidateIsoForAttachingVmInventory",
]


class CandidateIsoForAttachingVmInventory(ZStackModel):
    """The ``CandidateIsoForAttachingVmInventory`` structure."""

    actual_size: int | None = None
    """actualSize (since 0.6)"""

    backup_storage_refs: list[BackupStorageRef] | None = None
    """详情参考backupStorageRefs (since 0.6)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    format: str | None = None
    """format (since 0.6)"""

    guest_os_type: str | None = None
    """guestOsType (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    md5_sum: str | None = None
    """md5Sum (since 0.6)"""

    media_type: str | None = None
    """mediaType (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    platform: str | None = None
    """platform (since 0.6)"""

    size: int | None = None
    """size (since 0.6)"""

    state: str | None = None
    """state (since 0.6)"""

    status: str | None = None
    """status (since 0.6)"""

    system: bool | None = None
    """system (since 0.6)"""

    type: str | None = None
    """type (since 0.6)"""

    url: str | None = None
    """url (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""
