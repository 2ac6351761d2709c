"""Result models: NfvInstGroupOperationMode (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "NfvInstGroupOperationMode",
]


class NfvInstGroupOperationMode(ZStackModel):
    """The ``NfvInstGroupOperationMode`` structure."""

    maintenance: NfvInstGroupOperationMode | None = Field(None, alias="Maintenance")
    """Maintenance (since 5.4.2)"""

    normal: NfvInstGroupOperationMode | None = Field(None, alias="Normal")
    """Normal (since 5.4.2)"""
