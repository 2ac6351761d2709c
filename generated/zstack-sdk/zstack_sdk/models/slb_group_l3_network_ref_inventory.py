"""Result models: SlbGroupL3NetworkRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SlbGroupL3NetworkRefInventory",
]


class SlbGroupL3NetworkRefInventory(ZStackModel):
    """ZStack's `SlbGroupL3NetworkRefInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.0.0)"""

    l3_network_category: str | None = None
    """l3NetworkCategory (since 4.0.0)"""

    l3_network_type: str | None = None
    """l3NetworkType (since 4.0.0)"""

    l3_network_uuid: str | None = None
    """三层网络UUID (since 4.0.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.0.0)"""

    slb_group_uuid: str | None = None
    """slbGroupUuid (since 4.0.0)"""

    type: str | None = None
    """type (since 4.0.0)"""
