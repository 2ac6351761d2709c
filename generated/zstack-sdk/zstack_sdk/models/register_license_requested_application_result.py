"""Result models: RegisterLicenseRequestedApplicationResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RegisterLicenseRequestedApplicationResult",
]


class RegisterLicenseRequestedApplicationResult(ZStackModel):
    """The result of RegisterLicenseRequestedApplication (ZStack's `RegisterLicenseRequestedApplicationResult`)."""

    app_id: str | None = None

    error: ErrorCode | None = None

    service_pub_key: str | None = None
