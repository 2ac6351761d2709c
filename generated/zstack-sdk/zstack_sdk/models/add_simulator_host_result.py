"""Result models: AddSimulatorHostResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .host_inventory import HostInventory

__all__ = [
    "AddSimulatorHostResult",
]


class AddSimulatorHostResult(ZStackModel):
    """The result of AddSimulatorHost (ZStack's `AddHostResult`)."""

    error: ErrorCode | None = None

    inventory: HostInventory | None = None
