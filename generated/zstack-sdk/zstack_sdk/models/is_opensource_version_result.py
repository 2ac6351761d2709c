"""Result models: IsOpensourceVersionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "IsOpensourceVersionResult",
]


class IsOpensourceVersionResult(ZStackModel):
    """The ``IsOpensourceVersionResult`` structure."""

    opensource: bool | None = None
