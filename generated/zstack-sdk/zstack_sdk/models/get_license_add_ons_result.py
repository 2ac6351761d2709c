"""Result models: GetLicenseAddOnsResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetLicenseAddOnsResult",
]


class GetLicenseAddOnsResult(ZStackModel):
    """The result of GetLicenseAddOns (ZStack's `GetLicenseAddOnsResult`)."""

    addons: list[Any] | None = None

    error: ErrorCode | None = None
