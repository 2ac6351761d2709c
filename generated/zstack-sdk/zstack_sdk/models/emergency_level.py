"""Result models: EmergencyLevel (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "EmergencyLevel",
]


class EmergencyLevel(ZStackModel):
    """The ``EmergencyLevel`` structure."""

    emergent: EmergencyLevel | None = Field(None, alias="Emergent")
    """Emergent (since 4.7.0)"""

    important: EmergencyLevel | None = Field(None, alias="Important")
    """Important (since 4.7.0)"""

    normal: EmergencyLevel | None = Field(None, alias="Normal")
    """Normal (since 4.7.0)"""

    name: str | None = None
    """资源名称 (since 2.3)"""

    ordinal: int | None = None
    """ordinal (since 2.3)"""
