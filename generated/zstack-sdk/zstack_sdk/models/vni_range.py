"""Result models: VniRange (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "VniRange",
]


class VniRange(ZStackModel):
    """The ``VniRange`` structure."""

    end_vni: int | None = None
    """endVni (since 5.4.0)"""

    start_vni: int | None = None
    """startVni (since 5.4.0)"""
