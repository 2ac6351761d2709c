"""Result models: SecurityMachineEncryptResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "SecurityMachineEncryptResult",
]


class SecurityMachineEncryptResult(ZStackModel):
    """The ``SecurityMachineEncryptResult`` structure."""

    text: str | None = None
