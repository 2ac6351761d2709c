"""Result models: DetachCCSCertificateFromUserResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DetachCCSCertificateFromUserResult",
]


class DetachCCSCertificateFromUserResult(ZStackModel):
    """The result of DetachCCSCertificateFromUser (ZStack's `DetachCCSCertificateFromUserResult`)."""

    error: ErrorCode | None = None
