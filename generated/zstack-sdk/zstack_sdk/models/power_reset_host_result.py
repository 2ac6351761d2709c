"""Result models: PowerResetHostResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .host_inventory import HostInventory

__all__ = [
    "PowerResetHostResult",
]


class PowerResetHostResult(ZStackModel):
    """The result of PowerResetHost (ZStack's `PowerResetHostResult`)."""

    error: ErrorCode | None = None

    inventory: HostInventory | None = None
