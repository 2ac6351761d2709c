"""Result models: TokenIntrospectionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "TokenIntrospectionResult",
]


class TokenIntrospectionResult(ZStackModel):
    """The ``TokenIntrospectionResult`` structure."""

    active: bool | None = None
