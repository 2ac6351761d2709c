"""Result models: ChangeLoadBalancerListenerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .load_balancer_listener_inventory import LoadBalancerListenerInventory

__all__ = [
    "ChangeLoadBalancerListenerResult",
]


class ChangeLoadBalancerListenerResult(ZStackModel):
    """The result of ChangeLoadBalancerListener (ZStack's `ChangeLoadBalancerListenerResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.4.0)"""

    inventory: LoadBalancerListenerInventory | None = None
    """详情参考inventory (since 3.4.0)"""

    success: bool | None = None
    """success (since 3.4.0)"""
