"""Result models: AddCCSCertificateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .ccs_certificate_inventory import CCSCertificateInventory
from .error_code import ErrorCode

__all__ = [
    "AddCCSCertificateResult",
]


class AddCCSCertificateResult(ZStackModel):
    """The result of AddCCSCertificate (ZStack's `AddCCSCertificateResult`)."""

    error: ErrorCode | None = None

    inventory: CCSCertificateInventory | None = None
