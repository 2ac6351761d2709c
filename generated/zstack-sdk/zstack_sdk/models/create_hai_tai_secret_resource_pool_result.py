"""Result models: CreateHaiTaiSecretResourcePoolResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .secret_resource_pool_inventory import SecretResourcePoolInventory

__all__ = [
    "CreateHaiTaiSecretResourcePoolResult",
]


class CreateHaiTaiSecretResourcePoolResult(ZStackModel):
    """The result of CreateHaiTaiSecretResourcePool (ZStack's `CreateSecretResourcePoolResult`)."""

    error: ErrorCode | None = None

    inventory: SecretResourcePoolInventory | None = None
