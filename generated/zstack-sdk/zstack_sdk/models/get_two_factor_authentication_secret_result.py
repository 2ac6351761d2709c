"""Result models: GetTwoFactorAuthenticationSecretResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .two_factor_authentication_secret_inventory import TwoFactorAuthenticationSecretInventory

__all__ = [
    "GetTwoFactorAuthenticationSecretResult",
]


class GetTwoFactorAuthenticationSecretResult(ZStackModel):
    """The result of GetTwoFactorAuthenticationSecret (ZStack's `GetTwoFactorAuthenticationSecretResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.6.0)"""

    inventory: TwoFactorAuthenticationSecretInventory | None = None
    """详情参考inventory (since 2.6.0)"""
