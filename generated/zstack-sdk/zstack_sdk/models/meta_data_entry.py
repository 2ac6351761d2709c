"""Result models: MetaDataEntry (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .pci_device_meta_data_operator import PciDeviceMetaDataOperator

__all__ = [
    "MetaDataEntry",
]


class MetaDataEntry(ZStackModel):
    """The ``MetaDataEntry`` structure."""

    key: str | None = None
    """键 (since 2.1)"""

    op: PciDeviceMetaDataOperator | None = None
    """详情参考op (since 2.1)"""

    value: str | None = None
    """值 (since 2.1)"""
