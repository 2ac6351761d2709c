"""Result models: GetFreeIpOfL3NetworkResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .free_ip_inventory import FreeIpInventory

__all__ = [
    "GetFreeIpOfL3NetworkResult",
]


class GetFreeIpOfL3NetworkResult(ZStackModel):
    """The result of GetFreeIpOfL3Network (ZStack's `GetFreeIpResult`)."""

    error: ErrorCode | None = None

    inventories: list[FreeIpInventory] | None = None
