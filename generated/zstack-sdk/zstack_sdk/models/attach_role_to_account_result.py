"""Result models: AttachRoleToAccountResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AttachRoleToAccountResult",
]


class AttachRoleToAccountResult(ZStackModel):
    """The result of AttachRoleToAccount (ZStack's `AttachRoleToAccountResult`)."""

    error: ErrorCode | None = None
