"""Result models: Listener (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .acl_ref import AclRef
from .certificate_ref import CertificateRef
from .server_group_ref import ServerGroupRef
from .vm_nic_ref import VmNicRef

__all__ = [
    "Listener",
]


class Listener(ZStackModel):
    """The ``Listener`` structure."""

    acl_refs: list[AclRef] | None = None
    """详情参考aclRefs (since 3.9.0)"""

    certificate_refs: list[CertificateRef] | None = None
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

    server_group_refs: list[ServerGroupRef] | None = None
    """详情参考serverGroupRefs (since 4.0)"""

    server_group_uuid: str | None = None
    """serverGroupUuid (since 4.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""

    vm_nic_refs: list[VmNicRef] | None = None
    """详情参考vmNicRefs (since 0.6)"""
