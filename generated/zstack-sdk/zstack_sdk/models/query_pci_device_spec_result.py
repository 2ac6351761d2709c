"""Result models: QueryPciDeviceSpecResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .pci_device_spec_inventory import PciDeviceSpecInventory

__all__ = [
    "QueryPciDeviceSpecResult",
]


class QueryPciDeviceSpecResult(ZStackModel):
    """The result of QueryPciDeviceSpec (ZStack's `QueryPciDeviceSpecResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.5.0)"""

    inventories: list[PciDeviceSpecInventory] | None = None
    """详情参考inventories (since 3.5.0)"""

    total: int | None = None
