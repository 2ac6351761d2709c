"""Result models: OvfInfoNetwork (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "OvfInfoNetwork",
]


class OvfInfoNetwork(ZStackModel):
    """The ``OvfInfoNetwork`` structure."""

    name: str | None = None
    """网络名称 (since 4.4.6)"""
