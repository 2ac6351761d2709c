"""Result models: DeleteSNSApplicationPlatformResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteSNSApplicationPlatformResult",
]


class DeleteSNSApplicationPlatformResult(ZStackModel):
    """The result of DeleteSNSApplicationPlatform (ZStack's `DeleteSNSApplicationPlatformResult`)."""

    error: ErrorCode | None = None
