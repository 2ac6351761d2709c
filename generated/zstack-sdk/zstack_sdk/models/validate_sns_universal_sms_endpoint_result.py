"""Result models: ValidateSNSUniversalSmsEndpointResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ValidateSNSUniversalSmsEndpointResult",
]


class ValidateSNSUniversalSmsEndpointResult(ZStackModel):
    """The result of ValidateSNSUniversalSmsEndpoint (ZStack's `ValidateSNSApplicationEndpointResult`)."""

    error: ErrorCode | None = None
