"""Result models: ReconnectAppBuildSystemResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .app_build_system_inventory import AppBuildSystemInventory
from .error_code import ErrorCode

__all__ = [
    "ReconnectAppBuildSystemResult",
]


class ReconnectAppBuildSystemResult(ZStackModel):
    """The result of ReconnectAppBuildSystem (ZStack's `ReconnectAppBuildSystemResult`)."""

    error: ErrorCode | None = None

    inventory: AppBuildSystemInventory | None = None
