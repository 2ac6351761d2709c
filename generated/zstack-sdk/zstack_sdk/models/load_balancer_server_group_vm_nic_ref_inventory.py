"""Result models: LoadBalancerServerGroupVmNicRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "LoadBalancerServerGroupVmNicRefInventory",
]


class LoadBalancerServerGroupVmNicRefInventory(ZStackModel):
    """ZStack's `LoadBalancerServerGroupVmNicRefInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.0.0)"""

    id: int | None = None
    """id (since 4.0.0)"""

    ip_version: int | None = None

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.0.0)"""

    server_group_uuid: str | None = None
    """serverGroupUuid (since 4.0.0)"""

    status: str | None = None
    """status (since 4.0.0)"""

    vm_nic_uuid: str | None = None
    """云主机网卡UUID (since 4.0.0)"""

    weight: int | None = None
    """weight (since 4.0.0)"""
