"""Result models: SetSecurityMachineKeyResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SetSecurityMachineKeyResult",
]


class SetSecurityMachineKeyResult(ZStackModel):
    """The result of SetSecurityMachineKey (ZStack's `SetSecurityMachineKeyResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None
