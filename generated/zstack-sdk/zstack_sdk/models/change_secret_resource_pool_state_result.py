"""Result models: ChangeSecretResourcePoolStateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .secret_resource_pool_inventory import SecretResourcePoolInventory

__all__ = [
    "ChangeSecretResourcePoolStateResult",
]


class ChangeSecretResourcePoolStateResult(ZStackModel):
    """The ``ChangeSecretResourcePoolStateResult`` structure."""

    inventory: SecretResourcePoolInventory | None = None
