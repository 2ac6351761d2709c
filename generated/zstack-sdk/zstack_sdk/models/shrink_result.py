"""Result models: ShrinkResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "ShrinkResult",
]


class ShrinkResult(ZStackModel):
    """ZStack's `ShrinkResult`."""

    delta_size: int | None = None
    """deltaSize (since 3.10.0)"""

    old_size: int | None = None
    """oldSize (since 3.10.0)"""

    size: int | None = None
    """size (since 3.10.0)"""
