"""Result models: ValidateClusterSupportDRSResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ValidateClusterSupportDRSResult",
]


class ValidateClusterSupportDRSResult(ZStackModel):
    """The result of ValidateClusterSupportDRS (ZStack's `ValidateClusterSupportDRSResult`)."""

    error: ErrorCode | None = None

    reason: ErrorCode | None = None

    supported: bool | None = None
