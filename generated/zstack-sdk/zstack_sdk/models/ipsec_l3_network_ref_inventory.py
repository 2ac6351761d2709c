"""Result models: IPsecL3NetworkRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "IPsecL3NetworkRefInventory",
]


class IPsecL3NetworkRefInventory(ZStackModel):
    """ZStack's `IPsecL3NetworkRefInventory`."""

    connection_uuid: str | None = None
    """connectionUuid (since 2.3)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.3)"""

    l3_network_uuid: str | None = None
    """三层网络UUID (since 2.3)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.3)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.3)"""
