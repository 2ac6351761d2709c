"""Result models: PacketsForwardType (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "PacketsForwardType",
]


class PacketsForwardType(ZStackModel):
    """The ``PacketsForwardType`` structure."""

    in_: PacketsForwardType | None = None
    """入方向 (since 3.6.0)"""

    local: PacketsForwardType | None = None
    """local (since 3.6.0)"""

    out: PacketsForwardType | None = None
    """出方向 (since 3.6.0)"""
