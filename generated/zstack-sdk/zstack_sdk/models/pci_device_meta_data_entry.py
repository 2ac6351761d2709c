"""Result models: PciDeviceMetaDataEntry (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackModel

__all__ = [
    "PciDeviceMetaDataEntry",
]


class PciDeviceMetaDataEntry(ZStackModel):
    """ZStack's `PciDeviceMetaDataEntry`."""

    key: str | None = None
    """键 (since 2.1)"""

    op: Literal["Equal", "Unequal"] | str | None = None
    """详情参考op (since 2.1)"""

    value: str | None = None
    """值 (since 2.1)"""
