"""Result models: SessionType (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "SessionType",
]


class SessionType(ZStackModel):
    """The ``SessionType`` structure."""

    bidirection: SessionType | None = Field(None, alias="Bidirection")
    """Bidirection (since 3.7.0)"""

    egress: SessionType | None = Field(None, alias="Egress")
    """Egress (since 3.7.0)"""

    ingress: SessionType | None = Field(None, alias="Ingress")
    """Ingress (since 3.7.0)"""
