"""Result models: DetachRoleFromAccountResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DetachRoleFromAccountResult",
]


class DetachRoleFromAccountResult(ZStackModel):
    """The result of DetachRoleFromAccount (ZStack's `DetachRoleFromAccountResult`)."""

    error: ErrorCode | None = None
