"""Result models: GetLicenseCapabilitiesResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetLicenseCapabilitiesResult",
]


class GetLicenseCapabilitiesResult(ZStackModel):
    """The result of GetLicenseCapabilities (ZStack's `GetLicenseCapabilitiesResult`)."""

    capabilities: dict[str, Any] | None = None

    error: ErrorCode | None = None
