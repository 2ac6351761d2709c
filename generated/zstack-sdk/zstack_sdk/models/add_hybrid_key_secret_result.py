"""Result models: AddHybridKeySecretResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .hybrid_account_inventory import HybridAccountInventory

__all__ = [
    "AddHybridKeySecretResult",
]


class AddHybridKeySecretResult(ZStackModel):
    """The result of AddHybridKeySecret (ZStack's `AddHybridKeySecretResult`)."""

    error: ErrorCode | None = None

    inventory: HybridAccountInventory | None = None
