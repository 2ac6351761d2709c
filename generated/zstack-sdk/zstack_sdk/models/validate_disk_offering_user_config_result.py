"""Result models: ValidateDiskOfferingUserConfigResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ValidateDiskOfferingUserConfigResult",
]


class ValidateDiskOfferingUserConfigResult(ZStackModel):
    """The result of ValidateDiskOfferingUserConfig (ZStack's `ValidateDiskOfferingUserConfigResult`)."""

    error: ErrorCode | None = None
