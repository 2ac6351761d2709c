"""Result models: PciDeviceMetaDataOperator (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "PciDeviceMetaDataOperator",
]


class PciDeviceMetaDataOperator(ZStackModel):
    """The ``PciDeviceMetaDataOperator`` structure."""

    equal: PciDeviceMetaDataOperator | None = Field(None, alias="Equal")
    """相等 (since 2.1)"""

    unequal: PciDeviceMetaDataOperator | None = Field(None, alias="Unequal")
    """不等 (since 2.1)"""
