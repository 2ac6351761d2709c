"""Result models: CreateLoadBalancerListenerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .load_balancer_listener_inventory import LoadBalancerListenerInventory

__all__ = [
    "CreateLoadBalancerListenerResult",
]


class CreateLoadBalancerListenerResult(ZStackModel):
    """The result of CreateLoadBalancerListener (ZStack's `CreateLoadBalancerListenerResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventory: LoadBalancerListenerInventory | None = None
    """详情参考inventory (since 0.6)"""

    success: bool | None = None
    """success (since 5.0.0)"""
