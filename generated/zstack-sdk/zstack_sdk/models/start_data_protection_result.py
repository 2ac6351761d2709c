"""Result models: StartDataProtectionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "StartDataProtectionResult",
]


class StartDataProtectionResult(ZStackModel):
    """The result of StartDataProtection (ZStack's `StartDataProtectionResult`)."""

    error: ErrorCode | None = None
