"""Result models: AddBuildAppResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .build_application_inventory import BuildApplicationInventory

__all__ = [
    "AddBuildAppResult",
]


class AddBuildAppResult(ZStackModel):
    """The ``AddBuildAppResult`` structure."""

    inventory: BuildApplicationInventory | None = None
