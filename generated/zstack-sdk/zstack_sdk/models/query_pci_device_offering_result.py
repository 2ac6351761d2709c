"""Result models: QueryPciDeviceOfferingResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .pci_device_offering_inventory import PciDeviceOfferingInventory

__all__ = [
    "QueryPciDeviceOfferingResult",
]


class QueryPciDeviceOfferingResult(ZStackModel):
    """The result of QueryPciDeviceOffering (ZStack's `QueryPciDeviceOfferingResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.1)"""

    inventories: list[PciDeviceOfferingInventory] | None = None
    """详情参考inventories (since 2.1)"""

    total: int | None = None
