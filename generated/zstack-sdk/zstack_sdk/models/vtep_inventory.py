"""Result models: VtepInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VtepInventory",
]


class VtepInventory(ZStackModel):
    """ZStack's `VtepInventory`."""

    create_date: ZStackDateTime | None = None

    host_uuid: str | None = None
    """物理机UUID (since 0.6)"""

    last_op_date: ZStackDateTime | None = None

    physical_interface: str | None = None

    pool_uuid: str | None = None
    """poolUuid (since 0.6)"""

    port: int | None = None
    """port (since 0.6)"""

    type: str | None = None
    """type (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""

    vtep_ip: str | None = None
    """vtepIp (since 0.6)"""
