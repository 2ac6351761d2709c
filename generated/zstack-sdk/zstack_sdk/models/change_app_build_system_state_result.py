"""Result models: ChangeAppBuildSystemStateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .app_build_system_inventory import AppBuildSystemInventory
from .error_code import ErrorCode

__all__ = [
    "ChangeAppBuildSystemStateResult",
]


class ChangeAppBuildSystemStateResult(ZStackModel):
    """The result of ChangeAppBuildSystemState (ZStack's `ChangeAppBuildSystemStateResult`)."""

    error: ErrorCode | None = None

    inventory: AppBuildSystemInventory | None = None
