"""Result models: GetLicenseUKeyStatusResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetLicenseUKeyStatusResult",
]


class GetLicenseUKeyStatusResult(ZStackModel):
    """The result of GetLicenseUKeyStatus (ZStack's `GetLicenseUKeyStatusResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None
