"""Result models: DestroyVmInstanceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DestroyVmInstanceResult",
]


class DestroyVmInstanceResult(ZStackModel):
    """The result of DestroyVmInstance (ZStack's `DestroyVmInstanceResult`)."""

    error: ErrorCode | None = None
