"""Result models: VpcRouterDnsInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VpcRouterDnsInventory",
]


class VpcRouterDnsInventory(ZStackModel):
    """ZStack's `VpcRouterDnsInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.4)"""

    dns: str | None = None
    """dns (since 2.4)"""

    id: int | None = None
    """id (since 5.1.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.4)"""

    vpc_router_uuid: str | None = None
    """vpcRouterUuid (since 2.4)"""
