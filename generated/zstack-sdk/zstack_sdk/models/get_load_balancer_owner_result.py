"""Result models: GetLoadBalancerOwnerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .slb_group_inventory import SlbGroupInventory
from .vpc_ha_group_inventory import VpcHaGroupInventory
from .vpc_router_vm_inventory import VpcRouterVmInventory

__all__ = [
    "GetLoadBalancerOwnerResult",
]


class GetLoadBalancerOwnerResult(ZStackModel):
    """The result of GetLoadBalancerOwner (ZStack's `GetLoadBalancerOwnerResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 5.1.0)"""

    slb: SlbGroupInventory | None = None
    """详情参考slb (since 5.1.0)"""

    success: bool | None = None
    """success (since 5.1.0)"""

    type: str | None = None

    vpc: VpcRouterVmInventory | None = None
    """详情参考vpc (since 5.1.0)"""

    vpc_ha: VpcHaGroupInventory | None = None
    """详情参考vpcHa (since 5.1.0)"""
