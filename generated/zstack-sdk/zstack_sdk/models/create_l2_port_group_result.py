"""Result models: CreateL2PortGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .l2_network_inventory import L2NetworkInventory

__all__ = [
    "CreateL2PortGroupResult",
]


class CreateL2PortGroupResult(ZStackModel):
    """The result of CreateL2PortGroup (ZStack's `CreateL2PortGroupResult`)."""

    error: ErrorCode | None = None

    inventory: L2NetworkInventory | None = None
