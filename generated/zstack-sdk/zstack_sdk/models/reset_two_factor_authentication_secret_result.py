"""Result models: ResetTwoFactorAuthenticationSecretResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .two_factor_authentication_secret_inventory import TwoFactorAuthenticationSecretInventory

__all__ = [
    "ResetTwoFactorAuthenticationSecretResult",
]


class ResetTwoFactorAuthenticationSecretResult(ZStackModel):
    """The ``ResetTwoFactorAuthenticationSecretResult`` structure."""

    inventory: TwoFactorAuthenticationSecretInventory | None = None
