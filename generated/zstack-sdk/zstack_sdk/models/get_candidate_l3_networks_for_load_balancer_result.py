"""Result models: GetCandidateL3NetworksForLoadBalancerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .candidate_l3_networks_for_load_balancer_inventory import (
    CandidateL3NetworksForLoadBalancerInventory,
)
from .error_code import ErrorCode

__all__ = [
    "GetCandidateL3NetworksForLoadBalancerResult",
]


class GetCandidateL3NetworksForLoadBalancerResult(ZStackModel):
    """The ``GetCandidateL3NetworksForLoadBalancerResult`` structure."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.9.0)"""

    inventories: list[CandidateL3NetworksForLoadBalancerInventory] | None = None
    """详情参考inventories (since 3.9.0)"""
