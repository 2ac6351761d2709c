"""Result models: ValidateInstanceOfferingUserConfigResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ValidateInstanceOfferingUserConfigResult",
]


class ValidateInstanceOfferingUserConfigResult(ZStackModel):
    """The result of ValidateInstanceOfferingUserConfig (ZStack's `ValidateInstanceOfferingUserConfigResult`)."""

    error: ErrorCode | None = None
