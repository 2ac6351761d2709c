"""Result models: CheckResourcePermissionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "CheckResourcePermissionResult",
]


class CheckResourcePermissionResult(ZStackModel):
    """The result of CheckResourcePermission (ZStack's `CheckResourcePermissionResult`)."""

    apis: list[str] | None = None

    error: ErrorCode | None = None
