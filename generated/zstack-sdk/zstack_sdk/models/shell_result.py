"""Result models: ShellResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ShellResult",
]


class ShellResult(ZStackModel):
    """ZStack's `ShellResult`."""

    error_code: ErrorCode | None = None
    """详情参考errorCode (since 0.6)"""

    return_code: int | None = None
    """returnCode (since 0.6)"""

    stderr: str | None = None
    """stderr (since 0.6)"""

    stdout: str | None = None
    """stdout (since 0.6)"""
