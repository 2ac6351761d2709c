"""Result models: ValidateSNSAliyunSmsEndpointResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ValidateSNSAliyunSmsEndpointResult",
]


class ValidateSNSAliyunSmsEndpointResult(ZStackModel):
    """The result of ValidateSNSAliyunSmsEndpoint (ZStack's `ValidateSNSAliyunSmsEndpointResult`)."""

    error: ErrorCode | None = None
