"""Result models: LoadBalancerListenerACLRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "LoadBalancerListenerACLRefInventory",
]


class LoadBalancerListenerACLRefInventory(ZStackModel):
    """ZStack's `LoadBalancerListenerACLRefInventory`."""

    acl_uuid: str | None = None
    """访问策略组唯一标识 (since 3.9.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.9.0)"""

    id: int | None = None
    """资源唯一标识 (since 3.9.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.9.0)"""

    listener_uuid: str | None = None
    """监听器唯一标识 (since 3.9.0)"""

    server_group_uuid: str | None = None

    type: str | None = None
    """访问策略类型 (since 3.9.0)"""
