"""Result models: SetVmHostnameResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SetVmHostnameResult",
]


class SetVmHostnameResult(ZStackModel):
    """The result of SetVmHostname (ZStack's `SetVmHostnameResult`)."""

    error: ErrorCode | None = None
