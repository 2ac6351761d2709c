"""Result models: SetVmUsbRedirectResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SetVmUsbRedirectResult",
]


class SetVmUsbRedirectResult(ZStackModel):
    """The result of SetVmUsbRedirect (ZStack's `SetVmUsbRedirectResult`)."""

    error: ErrorCode | None = None
