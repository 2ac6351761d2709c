"""Result models: AddHostFromFileResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AddHostFromFileResult",
]


class AddHostFromFileResult(ZStackModel):
    """ZStack's `AddHostFromFileResult`."""

    error: ErrorCode | None = None
    """详情参考error (since 3.1.0)"""

    ip: str | None = None
    """物理机IP (since 3.1.0)"""

    success: bool | None = None
    """success (since 3.1.0)"""
