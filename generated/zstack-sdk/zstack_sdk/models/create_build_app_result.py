"""Result models: CreateBuildAppResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .build_application_inventory import BuildApplicationInventory
from .error_code import ErrorCode

__all__ = [
    "CreateBuildAppResult",
]


class CreateBuildAppResult(ZStackModel):
    """The result of CreateBuildApp (ZStack's `CreateBuildAppResult`)."""

    error: ErrorCode | None = None

    inventory: BuildApplicationInventory | None = None
