"""Result models: LoadBalancerListenerVmNicRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "LoadBalancerListenerVmNicRefInventory",
]


class LoadBalancerListenerVmNicRefInventory(ZStackModel):
    """ZStack's `LoadBalancerListenerVmNicRefInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    id: int | None = None
    """id (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    listener_uuid: str | None = None
    """listenerUuid (since 0.6)"""

    status: str | None = None
    """status (since 0.6)"""

    vm_nic_uuid: str | None = None
    """云主机网卡UUID (since 0.6)"""
