"""Result models: GetCandidateL3NetworksForChangeVmNicNetworkResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .l3_network_inventory import L3NetworkInventory

__all__ = [
    "GetCandidateL3NetworksForChangeVmNicNetworkResult",
]


class GetCandidateL3NetworksForChangeVmNicNetworkResult(ZStackModel):
    """The result of GetCandidateL3NetworksForChangeVmNicNetwork (ZStack's `GetCandidateL3NetworksForChangeVmNicNetworkResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.1.0)"""

    inventories: list[L3NetworkInventory] | None = None
