"""Result models: RefreshLoadBalancerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .load_balancer_inventory import LoadBalancerInventory

__all__ = [
    "RefreshLoadBalancerResult",
]


class RefreshLoadBalancerResult(ZStackModel):
    """The result of RefreshLoadBalancer (ZStack's `RefreshLoadBalancerResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventory: LoadBalancerInventory | None = None
    """详情参考inventory (since 0.6)"""
