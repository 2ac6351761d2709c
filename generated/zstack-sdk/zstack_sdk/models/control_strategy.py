"""Result models: ControlStrategy (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "ControlStrategy",
]


class ControlStrategy(ZStackModel):
    """The ``ControlStrategy`` structure."""

    accept: ControlStrategy | None = Field(None, alias="ACCEPT")
    """ACCEPT (since 3.5.1)"""

    reject: ControlStrategy | None = Field(None, alias="REJECT")
    """REJECT (since 3.5.1)"""
