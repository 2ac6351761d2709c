"""Result models: AddThirdpartyPlatformResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .thirdparty_platform_inventory import ThirdpartyPlatformInventory

__all__ = [
    "AddThirdpartyPlatformResult",
]


class AddThirdpartyPlatformResult(ZStackModel):
    """The result of AddThirdpartyPlatform (ZStack's `AddThirdpartyPlatformResult`)."""

    error: ErrorCode | None = None

    inventory: ThirdpartyPlatformInventory | None = None
