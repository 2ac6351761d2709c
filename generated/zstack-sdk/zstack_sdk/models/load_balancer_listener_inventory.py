"""Result models: LoadBalancerListenerInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .load_balancer_listener_acl_ref_inventory import LoadBalancerListenerACLRefInventory
from .load_balancer_listener_certificate_ref_inventory import (
    LoadBalancerListenerCertificateRefInventory,
)
from .load_balancer_listener_server_group_ref_inventory import (
    LoadBalancerListenerServerGroupRefInventory,
)
from .load_balancer_listener_vm_nic_ref_inventory import LoadBalancerListenerVmNicRefInventory

__all__ = [
    "LoadBalancerListenerInventory",
]


class LoadBalancerListenerInventory(ZStackModel):
    """ZStack's `LoadBalancerListenerInventory`."""

    acl_refs: list[LoadBalancerListenerACLRefInventory] | None = None
    """详情参考alcRefs (since 3.9.0)"""

    certificate_refs: list[LoadBalancerListenerCertificateRefInventory] | None = None
    """详情参考certificateRefs (since 0.6)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    instance_port: int | None = None
    """instancePort (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    load_balancer_port: int | None = None
    """loadBalancerPort (since 0.6)"""

    load_balancer_uuid: str | None = None
    """负载均衡器UUID (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    protocol: str | None = None
    """protocol (since 0.6)"""

    security_policy_type: str | None = None

    server_group_refs: list[LoadBalancerListenerServerGroupRefInventory] | None = None
    """详情参考serverGroupRefs (since 4.0.0)"""

    server_group_uuid: str | None = None
    """serverGroupUuid (since 4.0.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""

    vm_nic_refs: list[LoadBalancerListenerVmNicRefInventory] | None = None
    """详情参考vmNicRefs (since 0.6)"""
