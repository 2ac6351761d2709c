"""Result models: AddBuildAppResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .build_application_inventory import BuildApplicationInventory
from .error_code import ErrorCode

__all__ = [
    "AddBuildAppResult",
]


class AddBuildAppResult(ZStackModel):
    """The result of AddBuildApp (ZStack's `AddBuildAppResult`)."""

    error: ErrorCode | None = None

    inventory: BuildApplicationInventory | None = None
