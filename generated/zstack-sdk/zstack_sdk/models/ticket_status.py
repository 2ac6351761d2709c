"""Result models: TicketStatus (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "TicketStatus",
]


class TicketStatus(ZStackModel):
    """The ``TicketStatus`` structure."""

    name: str | None = None
    """资源名称 (since 3.0.0)"""

    ordinal: int | None = None
    """ordinal (since 3.0.0)"""
