"""Result models: LoadBalancerListenerServerGroupRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "LoadBalancerListenerServerGroupRefInventory",
]


class LoadBalancerListenerServerGroupRefInventory(ZStackModel):
    """ZStack's `LoadBalancerListenerServerGroupRefInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.0.0)"""

    id: int | None = None
    """id (since 4.0.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.0.0)"""

    listener_uuid: str | None = None
    """listenerUuid (since 4.0.0)"""

    server_group_uuid: str | None = None
    """serverGroupUuid (since 4.0.0)"""
