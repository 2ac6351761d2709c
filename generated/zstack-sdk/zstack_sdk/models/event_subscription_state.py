"""Result models: EventSubscriptionState (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "EventSubscriptionState",
]


class EventSubscriptionState(ZStackModel):
    """The ``EventSubscriptionState`` structure."""

    name: str | None = None
    """资源名称 (since 2.3.1)"""

    ordinal: int | None = None
    """ordinal (since 2.3.1)"""
