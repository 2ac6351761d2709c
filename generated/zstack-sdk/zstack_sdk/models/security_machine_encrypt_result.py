"""Result models: SecurityMachineEncryptResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SecurityMachineEncryptResult",
]


class SecurityMachineEncryptResult(ZStackModel):
    """The ``SecurityMachineEncryptResult`` structure."""

    text: str | None = None
