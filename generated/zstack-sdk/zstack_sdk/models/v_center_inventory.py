"""Result models: VCenterInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VCenterInventory",
]


class VCenterInventory(ZStackModel):
    """ZStack's `VCenterInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    domain_name: str | None = None
    """domainName (since 0.6)"""

    https: bool | None = None
    """https (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    port: int | None = None
    """port (since 0.6)"""

    state: str | None = None
    """state (since 0.6)"""

    status: str | None = None
    """status (since 0.6)"""

    user_name: str | None = None
    """userName (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""

    version: str | None = None
    """vCenter版本 (since 3.9.0)"""

    zone_uuid: str | None = None
    """区域UUID (since 0.6)"""
