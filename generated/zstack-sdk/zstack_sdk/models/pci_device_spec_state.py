"""Result models: PciDeviceSpecState (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "PciDeviceSpecState",
]


class PciDeviceSpecState(ZStackModel):
    """The ``PciDeviceSpecState`` structure."""

    disabled: PciDeviceSpecState | None = Field(None, alias="Disabled")
    """停用 (since 3.5.0)"""

    enabled: PciDeviceSpecState | None = Field(None, alias="Enabled")
    """启用 (since 3.5.0)"""
