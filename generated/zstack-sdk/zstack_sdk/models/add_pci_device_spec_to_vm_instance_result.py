"""Result models: AddPciDeviceSpecToVmInstanceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vm_instance_pci_device_spec_ref_inventory import VmInstancePciDeviceSpecRefInventory

__all__ = [
    "AddPciDeviceSpecToVmInstanceResult",
]


class AddPciDeviceSpecToVmInstanceResult(ZStackModel):
    """The result of AddPciDeviceSpecToVmInstance (ZStack's `AddPciDeviceSpecToVmInstanceResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.5.0)"""

    inventory: VmInstancePciDeviceSpecRefInventory | None = None
    """详情参考inventory (since 3.5.0)"""
