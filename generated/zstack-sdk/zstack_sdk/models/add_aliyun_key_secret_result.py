"""Result models: AddAliyunKeySecretResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .hybrid_account_inventory import HybridAccountInventory

__all__ = [
    "AddAliyunKeySecretResult",
]


class AddAliyunKeySecretResult(ZStackModel):
    """The result of AddAliyunKeySecret (ZStack's `AddAliyunKeySecretResult`)."""

    error: ErrorCode | None = None

    inventory: HybridAccountInventory | None = None
