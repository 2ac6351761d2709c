"""Result models: IPsecPeerCidrInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "IPsecPeerCidrInventory",
]


class IPsecPeerCidrInventory(ZStackModel):
    """ZStack's `IPsecPeerCidrInventory`."""

    cidr: str | None = None
    """cidr (since 0.6)"""

    connection_uuid: str | None = None
    """connectionUuid (since 0.6)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""
