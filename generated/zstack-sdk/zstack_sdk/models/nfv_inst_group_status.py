"""Result models: NfvInstGroupStatus (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "NfvInstGroupStatus",
]


class NfvInstGroupStatus(ZStackModel):
    """The ``NfvInstGroupStatus`` structure."""

    degraded: NfvInstGroupStatus | None = Field(None, alias="Degraded")
    """Degraded (since 5.4.2)"""

    healthy: NfvInstGroupStatus | None = Field(None, alias="Healthy")
    """Healthy (since 5.4.2)"""

    initializing: NfvInstGroupStatus | None = Field(None, alias="Initializing")
    """Initializing (since 5.4.2)"""

    operating: NfvInstGroupStatus | None = Field(None, alias="Operating")
    """Operating (since 5.4.2)"""

    unavailable: NfvInstGroupStatus | None = Field(None, alias="Unavailable")
    """Unavailable (since 5.4.2)"""
