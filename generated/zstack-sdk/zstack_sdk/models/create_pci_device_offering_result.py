"""Result models: CreatePciDeviceOfferingResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .pci_device_offering_inventory import PciDeviceOfferingInventory

__all__ = [
    "CreatePciDeviceOfferingResult",
]


class CreatePciDeviceOfferingResult(ZStackModel):
    """The result of CreatePciDeviceOffering (ZStack's `CreatePciDeviceOfferingResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.1)"""

    inventory: PciDeviceOfferingInventory | None = None
    """详情参考inventory (since 2.1)"""
