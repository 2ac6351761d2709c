"""Result models: GetFreeIpOfIpRangeResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .free_ip_inventory import FreeIpInventory

__all__ = [
    "GetFreeIpOfIpRangeResult",
]


class GetFreeIpOfIpRangeResult(ZStackModel):
    """The result of GetFreeIpOfIpRange (ZStack's `GetFreeIpResult`)."""

    error: ErrorCode | None = None

    inventories: list[FreeIpInventory] | None = None
