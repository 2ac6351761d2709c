"""Result models: UpdateThirdpartyPlatformResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .thirdparty_platform_inventory import ThirdpartyPlatformInventory

__all__ = [
    "UpdateThirdpartyPlatformResult",
]


class UpdateThirdpartyPlatformResult(ZStackModel):
    """The result of UpdateThirdpartyPlatform (ZStack's `UpdateThirdpartyPlatformResult`)."""

    error: ErrorCode | None = None

    inventory: ThirdpartyPlatformInventory | None = None
