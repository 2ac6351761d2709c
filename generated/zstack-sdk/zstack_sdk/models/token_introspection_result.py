"""Result models: TokenIntrospectionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "TokenIntrospectionResult",
]


class TokenIntrospectionResult(ZStackModel):
    """The result of TokenIntrospection (ZStack's `TokenIntrospectionResult`)."""

    active: bool | None = None

    error: ErrorCode | None = None
