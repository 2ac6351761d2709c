"""Result models: ShutdownHostResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .host_inventory import HostInventory

__all__ = [
    "ShutdownHostResult",
]


class ShutdownHostResult(ZStackModel):
    """The result of ShutdownHost (ZStack's `ShutdownHostResult`)."""

    error: ErrorCode | None = None

    inventory: HostInventory | None = None
