"""Result models: PowerOnHostResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .host_inventory import HostInventory

__all__ = [
    "PowerOnHostResult",
]


class PowerOnHostResult(ZStackModel):
    """The result of PowerOnHost (ZStack's `PowerOnHostResult`)."""

    error: ErrorCode | None = None

    inventory: HostInventory | None = None
