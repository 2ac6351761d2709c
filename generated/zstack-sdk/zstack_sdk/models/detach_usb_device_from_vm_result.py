"""Result models: DetachUsbDeviceFromVmResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .usb_device_inventory import UsbDeviceInventory

__all__ = [
    "DetachUsbDeviceFromVmResult",
]


class DetachUsbDeviceFromVmResult(ZStackModel):
    """The result of DetachUsbDeviceFromVm (ZStack's `DetachUsbDeviceFromVmResult`)."""

    error: ErrorCode | None = None

    inventory: UsbDeviceInventory | None = None
