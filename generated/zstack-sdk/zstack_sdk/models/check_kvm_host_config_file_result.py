"""Result models: CheckKVMHostConfigFileResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "CheckKVMHostConfigFileResult",
]


class CheckKVMHostConfigFileResult(ZStackModel):
    """The result of CheckKVMHostConfigFile (ZStack's `CheckHostConfigFileResult`)."""

    error: ErrorCode | None = None
