"""Result models: AddThirdpartyPlatformResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .thirdparty_platform_inventory import ThirdpartyPlatformInventory

__all__ = [
    "AddThirdpartyPlatformResult",
]


class AddThirdpartyPlatformResult(ZStackModel):
    """The ``AddThirdpartyPlatformResult`` structure."""

    inventory: ThirdpartyPlatformInventory | None = None
