"""Result models: IsOpensourceVersionResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "IsOpensourceVersionResult",
]


class IsOpensourceVersionResult(ZStackModel):
    """The ``IsOpensourceVersionResult`` structure."""

    opensource: bool | None = None
