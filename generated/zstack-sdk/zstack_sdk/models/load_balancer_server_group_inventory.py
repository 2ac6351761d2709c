"""Result models: LoadBalancerServerGroupInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .load_balancer_listener_server_group_ref_inventory import (
    LoadBalancerListenerServerGroupRefInventory,
)
from .load_balancer_server_group_server_ip_inventory import LoadBalancerServerGroupServerIpInventory
from .load_balancer_server_group_vm_nic_ref_inventory import (
    LoadBalancerServerGroupVmNicRefInventory,
)

__all__ = [
    "LoadBalancerServerGroupInventory",
]


class LoadBalancerServerGroupInventory(ZStackModel):
    """ZStack's `LoadBalancerServerGroupInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.0.0)"""

    description: str | None = None
    """资源的详细描述 (since 4.0.0)"""

    ip_version: int | None = None

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.0.0)"""

    listener_server_group_refs: list[LoadBalancerListenerServerGroupRefInventory] | None = None
    """详情参考listenerServerGroupRefs (since 4.0.0)"""

    load_balancer_uuid: str | None = None
    """负载均衡器UUID (since 4.0.0)"""

    name: str | None = None
    """资源名称 (since 4.0.0)"""

    server_ips: list[LoadBalancerServerGroupServerIpInventory] | None = None
    """详情参考serverIps (since 4.0.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.0.0)"""

    vm_nic_refs: list[LoadBalancerServerGroupVmNicRefInventory] | None = None
    """详情参考vmNicRefs (since 4.0.0)"""
