"""Result models: SharedBlockType (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "SharedBlockType",
]


class SharedBlockType(ZStackModel):
    """The ``SharedBlockType`` structure."""

    name: str | None = None
    """资源名称 (since 2.3.2)"""

    ordinal: int | None = None
    """ordinal (since 2.3.2)"""
