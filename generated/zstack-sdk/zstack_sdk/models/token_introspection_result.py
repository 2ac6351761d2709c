"""Result models: TokenIntrospectionResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "TokenIntrospectionResult",
]


class TokenIntrospectionResult(ZStackModel):
    """The ``TokenIntrospectionResult`` structure."""

    active: bool | None = None
