"""Result models: DestroyBaremetalInstanceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DestroyBaremetalInstanceResult",
]


class DestroyBaremetalInstanceResult(ZStackModel):
    """The result of DestroyBaremetalInstance (ZStack's `DestroyBaremetalInstanceResult`)."""

    error: ErrorCode | None = None
