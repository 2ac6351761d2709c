"""Result models: CreateVxlanVtepResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vtep_inventory import VtepInventory

__all__ = [
    "CreateVxlanVtepResult",
]


class CreateVxlanVtepResult(ZStackModel):
    """The result of CreateVxlanVtep (ZStack's `CreateVxlanVtepResult`)."""

    error: ErrorCode | None = None

    inventory: VtepInventory | None = None
