"""Result models: UpdateBuildAppResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .build_application_inventory import BuildApplicationInventory
from .error_code import ErrorCode

__all__ = [
    "UpdateBuildAppResult",
]


class UpdateBuildAppResult(ZStackModel):
    """The result of UpdateBuildApp (ZStack's `UpdateBuildAppResult`)."""

    error: ErrorCode | None = None

    inventory: BuildApplicationInventory | None = None
