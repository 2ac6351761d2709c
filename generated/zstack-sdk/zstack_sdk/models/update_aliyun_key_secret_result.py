"""Result models: UpdateAliyunKeySecretResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .hybrid_account_inventory import HybridAccountInventory

__all__ = [
    "UpdateAliyunKeySecretResult",
]


class UpdateAliyunKeySecretResult(ZStackModel):
    """The result of UpdateAliyunKeySecret (ZStack's `UpdateAliyunKeySecretResult`)."""

    error: ErrorCode | None = None

    inventory: HybridAccountInventory | None = None
