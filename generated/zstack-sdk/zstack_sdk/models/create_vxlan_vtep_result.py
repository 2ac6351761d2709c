"""Result models: CreateVxlanVtepResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .vtep_inventory import VtepInventory

__all__ = [
    "CreateVxlanVtepResult",
]


class CreateVxlanVtepResult(ZStackModel):
    """The ``CreateVxlanVtepResult`` structure."""

    inventory: VtepInventory | None = None
