"""Result models: GuestToolsStateInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "GuestToolsStateInventory",
]


class GuestToolsStateInventory(ZStackModel):
    """ZStack's `GuestToolsStateInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.6.21)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.6.21)"""

    os_type: str | None = None
    """云主机OS类型 (since 4.6.21)"""

    platform: str | None = None
    """云主机OS平台类型 (since 4.6.21)"""

    qga_state: str | None = None
    """详情参考qgaState (since 4.6.21)"""

    version: str | None = None
    """云主机GuestTools版本 (since 4.6.21)"""

    vm_instance_uuid: str | None = None
    """云主机UUID (since 4.6.21)"""

    zwatch_state: str | None = None
    """详情参考zwatchState (since 4.6.21)"""
