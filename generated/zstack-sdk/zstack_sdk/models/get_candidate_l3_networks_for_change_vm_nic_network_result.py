"""Result models: GetCandidateL3NetworksForChangeVmNicNetworkResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .candidate_l3_networks_for_change_vm_nic_network_inventory import (
    CandidateL3NetworksForChangeVmNicNetworkInventory,
)
from .error_code import ErrorCode

__all__ = [
    "GetCandidateL3NetworksForChangeVmNicNetworkResult",
]


class GetCandidateL3NetworksForChangeVmNicNetworkResult(ZStackModel):
    """The ``GetCandidateL3NetworksForChangeVmNicNetworkResult`` structure."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.1.0)"""

    inventory: list[CandidateL3NetworksForChangeVmNicNetworkInventory] | None = None
    """详情参考inventory (since 4.1.0)"""
