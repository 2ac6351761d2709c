"""Result models: ValidateSNSEmailPlatformResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ValidateSNSEmailPlatformResult",
]


class ValidateSNSEmailPlatformResult(ZStackModel):
    """The result of ValidateSNSEmailPlatform (ZStack's `ValidateSNSEmailPlatformResult`)."""

    error: ErrorCode | None = None
