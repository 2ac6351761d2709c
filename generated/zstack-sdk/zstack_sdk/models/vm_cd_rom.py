"""Result models: VmCdRom (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VmCdRom",
]


class VmCdRom(ZStackModel):
    """The ``VmCdRom`` structure."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.7.13)"""

    description: str | None = None
    """资源的详细描述 (since 4.7.13)"""

    device_id: int | None = None
    """deviceId (since 4.7.13)"""

    iso_install_path: str | None = None
    """isoInstallPath (since 4.7.13)"""

    iso_uuid: str | None = None
    """isoUuid (since 4.7.13)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.7.13)"""

    name: str | None = None
    """资源名称 (since 4.7.13)"""

    protocol: str | None = None
    """protocol (since 5.3.28)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.7.13)"""

    vm_instance_uuid: str | None = None
    """云主机UUID (since 4.7.13)"""
