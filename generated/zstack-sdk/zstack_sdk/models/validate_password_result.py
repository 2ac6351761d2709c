"""Result models: ValidatePasswordResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ValidatePasswordResult",
]


class ValidatePasswordResult(ZStackModel):
    """The result of ValidatePassword (ZStack's `ValidatePasswordResult`)."""

    available: bool | None = None

    error: ErrorCode | None = None
