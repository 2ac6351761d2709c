"""Result models: PullHuaweiIMasterControllerInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel
from .host_ref import HostRef
from .huawei_i_master_fabric_inventory import HuaweiIMasterFabricInventory
from .huawei_i_master_tenant_inventory import HuaweiIMasterTenantInventory
from .huawei_i_master_v_router_inventory import HuaweiIMasterVRouterInventory
from .huawei_i_master_vpc_inventory import HuaweiIMasterVpcInventory
from .vni_range import VniRange
from .vxlan_pool import VxlanPool

__all__ = [
    "PullHuaweiIMasterControllerInventory",
]


class PullHuaweiIMasterControllerInventory(ZStackModel):
    """The ``PullHuaweiIMasterControllerInventory`` structure."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 5.4.0)"""

    description: str | None = None
    """资源的详细描述 (since 5.4.0)"""

    fabrics: list[HuaweiIMasterFabricInventory] | None = None
    """详情参考fabrics (since 5.4.0)"""

    host_refs: list[HostRef] | None = None
    """详情参考hostRefs (since 5.4.0)"""

    ip: str | None = None
    """ip (since 5.4.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 5.4.0)"""

    name: str | None = None
    """资源名称 (since 5.4.0)"""

    password: str | None = None
    """password (since 5.4.0)"""

    status: Literal["Connecting", "Connected", "Disconnected"] | str | None = None
    """详情参考status (since 5.4.0)"""

    tenants: list[HuaweiIMasterTenantInventory] | None = None
    """详情参考tenants (since 5.4.0)"""

    username: str | None = None
    """username (since 5.4.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 5.4.0)"""

    vendor_type: str | None = None
    """vendorType (since 5.4.0)"""

    vni_ranges: list[VniRange] | None = None
    """详情参考vniRanges (since 5.4.0)"""

    vpcs: list[HuaweiIMasterVpcInventory] | None = None
    """详情参考vpcs (since 5.4.0)"""

    vrouters: list[HuaweiIMasterVRouterInventory] | None = None
    """详情参考vrouters (since 5.4.0)"""

    vxlan_pools: list[VxlanPool] | None = None
    """详情参考vxlanPools (since 5.4.0)"""
