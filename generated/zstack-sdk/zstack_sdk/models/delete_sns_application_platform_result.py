"""Result models: DeleteSNSApplicationPlatformResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteSNSApplicationPlatformResult",
]


class DeleteSNSApplicationPlatformResult(ZStackModel):
    """The result of DeleteSNSApplicationPlatform (ZStack's `DeleteSNSApplicationPlatformResult`)."""

    error: ErrorCode | None = None
