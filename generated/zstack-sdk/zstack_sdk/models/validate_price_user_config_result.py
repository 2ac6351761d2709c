"""Result models: ValidatePriceUserConfigResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ValidatePriceUserConfigResult",
]


class ValidatePriceUserConfigResult(ZStackModel):
    """The result of ValidatePriceUserConfig (ZStack's `ValidatePriceUserConfigResult`)."""

    error: ErrorCode | None = None
