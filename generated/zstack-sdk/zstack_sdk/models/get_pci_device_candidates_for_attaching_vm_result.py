"""Result models: GetPciDeviceCandidatesForAttachingVmResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .pci_device_inventory import PciDeviceInventory

__all__ = [
    "GetPciDeviceCandidatesForAttachingVmResult",
]


class GetPciDeviceCandidatesForAttachingVmResult(ZStackModel):
    """The result of GetPciDeviceCandidatesForAttachingVm (ZStack's `GetPciDeviceCandidatesForAttachingVmResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[PciDeviceInventory] | None = None
    """详情参考inventories (since 0.6)"""

    success: bool | None = None
    """success (since 0.6)"""
