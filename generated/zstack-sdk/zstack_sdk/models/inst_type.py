"""Result models: InstType (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "InstType",
]


class InstType(ZStackModel):
    """The ``InstType`` structure."""

    container: InstType | None = Field(None, alias="CONTAINER")
    """CONTAINER (since 5.4.2)"""

    host: InstType | None = Field(None, alias="HOST")
    """HOST (since 5.4.2)"""

    kvm: InstType | None = Field(None, alias="KVM")
    """KVM (since 5.4.2)"""
