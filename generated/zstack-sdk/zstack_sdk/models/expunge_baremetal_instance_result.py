"""Result models: ExpungeBaremetalInstanceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ExpungeBaremetalInstanceResult",
]


class ExpungeBaremetalInstanceResult(ZStackModel):
    """The result of ExpungeBaremetalInstance (ZStack's `ExpungeBaremetalInstanceResult`)."""

    error: ErrorCode | None = None
