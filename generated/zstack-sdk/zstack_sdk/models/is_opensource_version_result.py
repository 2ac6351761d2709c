"""Result models: IsOpensourceVersionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "IsOpensourceVersionResult",
]


class IsOpensourceVersionResult(ZStackModel):
    """The result of IsOpensourceVersion (ZStack's `IsOpensourceVersionResult`)."""

    error: ErrorCode | None = None

    opensource: bool | None = None
