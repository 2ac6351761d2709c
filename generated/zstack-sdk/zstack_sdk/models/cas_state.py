"""Result models: CasState (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "CasState",
]


class CasState(ZStackModel):
    """The ``CasState`` structure."""

    disabled: CasState | None = Field(None, alias="Disabled")
    """Disabled (since 4.5.0)"""

    enabled: CasState | None = Field(None, alias="Enabled")
    """Enabled (since 4.5.0)"""
