"""Result models: UpdateInfoSecSecretResourcePoolResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .secret_resource_pool_inventory import SecretResourcePoolInventory

__all__ = [
    "UpdateInfoSecSecretResourcePoolResult",
]


class UpdateInfoSecSecretResourcePoolResult(ZStackModel):
    """The result of UpdateInfoSecSecretResourcePool (ZStack's `UpdateSecretResourcePoolResult`)."""

    error: ErrorCode | None = None

    inventory: SecretResourcePoolInventory | None = None
