"""Result models: UpdateAppBuildSystemResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .app_build_system_inventory import AppBuildSystemInventory
from .error_code import ErrorCode

__all__ = [
    "UpdateAppBuildSystemResult",
]


class UpdateAppBuildSystemResult(ZStackModel):
    """The result of UpdateAppBuildSystem (ZStack's `UpdateAppBuildSystemResult`)."""

    error: ErrorCode | None = None

    inventory: AppBuildSystemInventory | None = None
