"""Result models: DeleteThirdpartyPlatformResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteThirdpartyPlatformResult",
]


class DeleteThirdpartyPlatformResult(ZStackModel):
    """The result of DeleteThirdpartyPlatform (ZStack's `DeleteThirdpartyPlatformResult`)."""

    error: ErrorCode | None = None
