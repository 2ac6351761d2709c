"""Result models: UpdateHybridKeySecretResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .hybrid_account_inventory import HybridAccountInventory

__all__ = [
    "UpdateHybridKeySecretResult",
]


class UpdateHybridKeySecretResult(ZStackModel):
    """The result of UpdateHybridKeySecret (ZStack's `UpdateHybridKeySecretResult`)."""

    error: ErrorCode | None = None

    inventory: HybridAccountInventory | None = None
