"""Result models: CreateFlkSecSecretResourcePoolResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .secret_resource_pool_inventory import SecretResourcePoolInventory

__all__ = [
    "CreateFlkSecSecretResourcePoolResult",
]


class CreateFlkSecSecretResourcePoolResult(ZStackModel):
    """The result of CreateFlkSecSecretResourcePool (ZStack's `CreateSecretResourcePoolResult`)."""

    error: ErrorCode | None = None

    inventory: SecretResourcePoolInventory | None = None
