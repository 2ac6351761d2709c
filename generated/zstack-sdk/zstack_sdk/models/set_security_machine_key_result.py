"""Result models: SetSecurityMachineKeyResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SetSecurityMachineKeyResult",
]


class SetSecurityMachineKeyResult(ZStackModel):
    """The result of SetSecurityMachineKey (ZStack's `SetSecurityMachineKeyResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None
