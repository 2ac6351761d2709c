"""Result models: PciDeviceState (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "PciDeviceState",
]


class PciDeviceState(ZStackModel):
    """The ``PciDeviceState`` structure."""

    disabled: PciDeviceState | None = Field(None, alias="Disabled")
    """停用 (since 2.1)"""

    enabled: PciDeviceState | None = Field(None, alias="Enabled")
    """启用 (since 2.1)"""
