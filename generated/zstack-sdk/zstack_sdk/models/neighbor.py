"""Result models: Neighbor (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "Neighbor",
]


class Neighbor(ZStackModel):
    """ZStack's `Neighbor`."""

    dead_time: str | None = None
    """deadTime (since 3.4.0)"""

    device: str | None = None
    """device (since 3.4.0)"""

    id: str | None = None
    """id (since 3.4.0)"""

    neighbor_address: str | None = None
    """neighborAddress (since 3.4.0)"""

    priority: str | None = None
    """priority (since 3.4.0)"""

    state: str | None = None
    """state (since 3.4.0)"""
