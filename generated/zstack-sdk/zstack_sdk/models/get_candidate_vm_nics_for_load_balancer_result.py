"""Result models: GetCandidateVmNicsForLoadBalancerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .candidate_vm_nics_for_load_balancer_inventory import CandidateVmNicsForLoadBalancerInventory
from .error_code import ErrorCode

__all__ = [
    "GetCandidateVmNicsForLoadBalancerResult",
]


class GetCandidateVmNicsForLoadBalancerResult(ZStackModel):
    """The ``GetCandidateVmNicsForLoadBalancerResult`` structure."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[CandidateVmNicsForLoadBalancerInventory] | None = None
    """详情参考inventories (since 0.6)"""
