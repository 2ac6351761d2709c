"""Result models: DeleteLicenseResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteLicenseResult",
]


class DeleteLicenseResult(ZStackModel):
    """The result of DeleteLicense (ZStack's `DeleteLicenseResult`)."""

    error: ErrorCode | None = None
