"""Result models: AddKVMHostFromConfigFileResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AddKVMHostFromConfigFileResult",
]


class AddKVMHostFromConfigFileResult(ZStackModel):
    """The ``AddKVMHostFromConfigFileResult`` structure."""

    error: ErrorCode | None = None
    """详情参考error (since 3.1.0)"""

    ip: str | None = None
    """物理机IP (since 3.1.0)"""

    success: bool | None = None
    """success (since 3.1.0)"""
