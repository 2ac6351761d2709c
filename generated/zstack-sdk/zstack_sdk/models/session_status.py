"""Result models: SessionStatus (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "SessionStatus",
]


class SessionStatus(ZStackModel):
    """The ``SessionStatus`` structure."""

    active: SessionStatus | None = Field(None, alias="Active")
    """Active (since 3.7.0)"""

    created: SessionStatus | None = Field(None, alias="Created")
    """Created (since 3.7.0)"""

    inactive: SessionStatus | None = Field(None, alias="Inactive")
    """Inactive (since 3.7.0)"""
