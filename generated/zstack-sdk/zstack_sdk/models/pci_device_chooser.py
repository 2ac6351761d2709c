"""Result models: PciDeviceChooser (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "PciDeviceChooser",
]


class PciDeviceChooser(ZStackModel):
    """The ``PciDeviceChooser`` structure."""

    device: PciDeviceChooser | None = Field(None, alias="Device")
    """Device (since 5.1.8)"""

    none: PciDeviceChooser | None = Field(None, alias="None")
    """None (since 5.1.8)"""

    spec: PciDeviceChooser | None = Field(None, alias="Spec")
    """Spec (since 5.1.8)"""
