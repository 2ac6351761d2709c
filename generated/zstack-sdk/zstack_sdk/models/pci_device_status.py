"""Result models: PciDeviceStatus (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "PciDeviceStatus",
]


class PciDeviceStatus(ZStackModel):
    """The ``PciDeviceStatus`` structure."""

    active: PciDeviceStatus | None = Field(None, alias="Active")
    """就绪 (since 2.1)"""

    attached: PciDeviceStatus | None = Field(None, alias="Attached")
    """已挂载 (since 2.1)"""

    system: PciDeviceStatus | None = Field(None, alias="System")
    """系统 (since 2.1)"""
