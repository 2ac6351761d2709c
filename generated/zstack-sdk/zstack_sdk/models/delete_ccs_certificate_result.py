"""Result models: DeleteCCSCertificateResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteCCSCertificateResult",
]


class DeleteCCSCertificateResult(ZStackModel):
    """The result of DeleteCCSCertificate (ZStack's `DeleteCCSCertificateResult`)."""

    error: ErrorCode | None = None
