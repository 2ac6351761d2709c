"""Result models: CheckBuildAppParametersResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "CheckBuildAppParametersResult",
]


class CheckBuildAppParametersResult(ZStackModel):
    """The result of CheckBuildAppParameters (ZStack's `CheckBuildAppParametersResult`)."""

    error: ErrorCode | None = None

    parameters: list[Any] | None = None
