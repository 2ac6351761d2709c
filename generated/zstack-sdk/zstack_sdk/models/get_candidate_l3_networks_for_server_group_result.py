"""Result models: GetCandidateL3NetworksForServerGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .l3_network_inventory import L3NetworkInventory

__all__ = [
    "GetCandidateL3NetworksForServerGroupResult",
]


class GetCandidateL3NetworksForServerGroupResult(ZStackModel):
    """The result of GetCandidateL3NetworksForServerGroup (ZStack's `GetCandidateL3NetworksForServerGroupResult`)."""

    error: ErrorCode | None = None

    inventories: list[L3NetworkInventory] | None = None
