"""Result models: ManagementNodeInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "ManagementNodeInventory",
]


class ManagementNodeInventory(ZStackModel):
    """ZStack's `ManagementNodeInventory`."""

    heart_beat: ZStackDateTime | None = None
    """心跳时间 (since 0.6)"""

    host_name: str | None = None
    """宿主机名称 (since 0.6)"""

    join_date: ZStackDateTime | None = None
    """加入时间 (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""
