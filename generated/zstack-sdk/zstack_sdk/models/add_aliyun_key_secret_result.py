"""Result models: AddAliyunKeySecretResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .hybrid_account_inventory import HybridAccountInventory

__all__ = [
    "AddAliyunKeySecretResult",
]


class AddAliyunKeySecretResult(ZStackModel):
    """The ``AddAliyunKeySecretResult`` structure."""

    inventory: HybridAccountInventory | None = None
