"""Result models: ReconnectHostResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .host_inventory import HostInventory

__all__ = [
    "ReconnectHostResult",
]


class ReconnectHostResult(ZStackModel):
    """The result of ReconnectHost (ZStack's `ReconnectHostResult`)."""

    error: ErrorCode | None = None

    inventory: HostInventory | None = None
