"""Result models: CreateCSPSecretResourcePoolResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .secret_resource_pool_inventory import SecretResourcePoolInventory

__all__ = [
    "CreateCSPSecretResourcePoolResult",
]


class CreateCSPSecretResourcePoolResult(ZStackModel):
    """The result of CreateCSPSecretResourcePool (ZStack's `CreateSecretResourcePoolResult`)."""

    error: ErrorCode | None = None

    inventory: SecretResourcePoolInventory | None = None
