"""Result models: PciDeviceMetaData (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .meta_data_entry import MetaDataEntry

__all__ = [
    "PciDeviceMetaData",
]


class PciDeviceMetaData(ZStackModel):
    """The ``PciDeviceMetaData`` structure."""

    meta_data: str | None = None
    """metaData (since 2.1)"""

    meta_data_entries: list[MetaDataEntry] | None = None
    """详情参考metaDataEntries (since 2.1)"""
