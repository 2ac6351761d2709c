"""Result models: ImageCandidatesForVmToChangeInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .backup_storage_ref import BackupStorageRef

__all__ = [
    "ImageCandidatesForVmToChangeInventory",
]


class ImageCandidatesForVmToChangeInventory(ZStackModel):
    """The ``ImageCandidatesForVmToChangeInventory`` structure."""

    actual_size: int | None = None
    """actualSize (since 2.2)"""

    backup_storage_refs: list[BackupStorageRef] | None = None
    """详情参考backupStorageRefs (since 2.2)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.2)"""

    description: str | None = None
    """资源的详细描述 (since 2.2)"""

    format: str | None = None
    """format (since 2.2)"""

    guest_os_type: str | None = None
    """guestOsType (since 2.2)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.2)"""

    md5_sum: str | None = None
    """md5Sum (since 2.2)"""

    media_type: str | None = None
    """mediaType (since 2.2)"""

    name: str | None = None
    """资源名称 (since 2.2)"""

    platform: str | None = None
    """platform (since 2.2)"""

    size: int | None = None
    """size (since 2.2)"""

    state: str | None = None
    """state (since 2.2)"""

    status: str | None = None
    """status (since 2.2)"""

    system: bool | None = None
    """system (since 2.2)"""

    type: str | None = None
    """type (since 2.2)"""

    url: str | None = None
    """url (since 2.2)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.2)"""
