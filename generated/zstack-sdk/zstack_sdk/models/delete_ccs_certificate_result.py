"""Result models: DeleteCCSCertificateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteCCSCertificateResult",
]


class DeleteCCSCertificateResult(ZStackModel):
    """The result of DeleteCCSCertificate (ZStack's `DeleteCCSCertificateResult`)."""

    error: ErrorCode | None = None
