"""Result models: SecurityMachineEncryptResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SecurityMachineEncryptResult",
]


class SecurityMachineEncryptResult(ZStackModel):
    """The result of SecurityMachineEncrypt (ZStack's `SecurityMachineEncryptResult`)."""

    error: ErrorCode | None = None

    text: str | None = None
