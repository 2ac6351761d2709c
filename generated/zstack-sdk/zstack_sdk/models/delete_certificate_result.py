"""Result models: DeleteCertificateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteCertificateResult",
]


class DeleteCertificateResult(ZStackModel):
    """The result of DeleteCertificate (ZStack's `DeleteCertificateResult`)."""

    error: ErrorCode | None = None
