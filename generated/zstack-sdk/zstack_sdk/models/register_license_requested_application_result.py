"""Result models: RegisterLicenseRequestedApplicationResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "RegisterLicenseRequestedApplicationResult",
]


class RegisterLicenseRequestedApplicationResult(ZStackModel):
    """The ``RegisterLicenseRequestedApplicationResult`` structure."""

    app_id: str | None = None

    service_pub_key: str | None = None
