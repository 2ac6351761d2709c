"""Result models: State (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "State",
]


class State(ZStackModel):
    """The ``State`` structure."""

    name: str | None = None
    """资源名称 (since 2.4.0)"""

    ordinal: int | None = None
    """ordinal (since 2.4.0)"""
