"""Result models: AddAppBuildSystemResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .app_build_system_inventory import AppBuildSystemInventory
from .error_code import ErrorCode

__all__ = [
    "AddAppBuildSystemResult",
]


class AddAppBuildSystemResult(ZStackModel):
    """The result of AddAppBuildSystem (ZStack's `AddAppBuildSystemResult`)."""

    error: ErrorCode | None = None

    inventory: AppBuildSystemInventory | None = None
