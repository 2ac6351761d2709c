"""Result models: PortMirrorState (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "PortMirrorState",
]


class PortMirrorState(ZStackModel):
    """The ``PortMirrorState`` structure."""

    disabled: PortMirrorState | None = Field(None, alias="Disabled")
    """Disabled (since 3.7.0)"""

    enabled: PortMirrorState | None = Field(None, alias="Enabled")
    """Enabled (since 3.7.0)"""
