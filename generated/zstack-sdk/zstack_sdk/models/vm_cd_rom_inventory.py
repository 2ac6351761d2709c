"""Result models: VmCdRomInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VmCdRomInventory",
]


class VmCdRomInventory(ZStackModel):
    """ZStack's `VmCdRomInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    device_id: int | None = None
    """光驱顺序号 (since 0.6)"""

    iso_install_path: str | None = None
    """ISO镜像挂载路径 (since 0.6)"""

    iso_uuid: str | None = None
    """ISO镜像UUID (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    protocol: str | None = None
    """protocol (since 5.3.28)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""

    vm_instance_uuid: str | None = None
    """云主机UUID (since 0.6)"""
