"""Result models: UpdateCCSCertificateUserStateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .ccs_certificate_inventory import CCSCertificateInventory
from .error_code import ErrorCode

__all__ = [
    "UpdateCCSCertificateUserStateResult",
]


class UpdateCCSCertificateUserStateResult(ZStackModel):
    """The result of UpdateCCSCertificateUserState (ZStack's `UpdateCCSCertificateUserStateResult`)."""

    error: ErrorCode | None = None

    inventory: CCSCertificateInventory | None = None
