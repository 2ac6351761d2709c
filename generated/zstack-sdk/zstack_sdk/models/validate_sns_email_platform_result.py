"""Result models: ValidateSNSEmailPlatformResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ValidateSNSEmailPlatformResult",
]


class ValidateSNSEmailPlatformResult(ZStackModel):
    """The result of ValidateSNSEmailPlatform (ZStack's `ValidateSNSEmailPlatformResult`)."""

    error: ErrorCode | None = None
