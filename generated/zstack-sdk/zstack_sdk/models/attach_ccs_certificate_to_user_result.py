"""Result models: AttachCCSCertificateToUserResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .ccs_certificate_inventory import CCSCertificateInventory
from .error_code import ErrorCode

__all__ = [
    "AttachCCSCertificateToUserResult",
]


class AttachCCSCertificateToUserResult(ZStackModel):
    """The result of AttachCCSCertificateToUser (ZStack's `AttachCCSCertificateToUserResult`)."""

    error: ErrorCode | None = None

    inventory: CCSCertificateInventory | None = None
