"""Result models: ResetTwoFactorAuthenticationSecretResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .two_factor_authentication_secret_inventory import TwoFactorAuthenticationSecretInventory

__all__ = [
    "ResetTwoFactorAuthenticationSecretResult",
]


class ResetTwoFactorAuthenticationSecretResult(ZStackModel):
    """The result of ResetTwoFactorAuthenticationSecret (ZStack's `ResetTwoFactorAuthenticationSecretResult`)."""

    error: ErrorCode | None = None

    inventory: TwoFactorAuthenticationSecretInventory | None = None
