"""Result models: ChangeSecretResourcePoolStateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .secret_resource_pool_inventory import SecretResourcePoolInventory

__all__ = [
    "ChangeSecretResourcePoolStateResult",
]


class ChangeSecretResourcePoolStateResult(ZStackModel):
    """The result of ChangeSecretResourcePoolState (ZStack's `ChangeSecretResourcePoolStateResult`)."""

    error: ErrorCode | None = None

    inventory: SecretResourcePoolInventory | None = None
