"""Result models: TwoFactorAuthenticationSecretStatus (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "TwoFactorAuthenticationSecretStatus",
]


class TwoFactorAuthenticationSecretStatus(ZStackModel):
    """The ``TwoFactorAuthenticationSecretStatus`` structure."""

    name: str | None = None
    """资源名称 (since 3.4.0)"""

    ordinal: int | None = None
    """ordinal (since 3.4.0)"""
