"""Result models: PciDeviceMetaData (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .pci_device_meta_data_entry import PciDeviceMetaDataEntry

__all__ = [
    "PciDeviceMetaData",
]


class PciDeviceMetaData(ZStackModel):
    """ZStack's `PciDeviceMetaData`."""

    meta_data: str | None = None
    """metaData (since 2.1)"""

    meta_data_entries: list[PciDeviceMetaDataEntry] | None = None
    """详情参考metaDataEntries (since 2.1)"""
