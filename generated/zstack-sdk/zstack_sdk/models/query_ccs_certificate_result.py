"""Result models: QueryCCSCertificateResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryCCSCertificateResult",
]


class QueryCCSCertificateResult(ZStackModel):
    """The result of QueryCCSCertificate (ZStack's `QueryCCSCertificateResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None
