"""Result models: AddMdevDeviceSpecToVmInstanceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vm_instance_mdev_device_spec_ref_inventory import VmInstanceMdevDeviceSpecRefInventory

__all__ = [
    "AddMdevDeviceSpecToVmInstanceResult",
]


class AddMdevDeviceSpecToVmInstanceResult(ZStackModel):
    """The result of AddMdevDeviceSpecToVmInstance (ZStack's `AddMdevDeviceSpecToVmInstanceResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.5.0)"""

    inventory: VmInstanceMdevDeviceSpecRefInventory | None = None
    """详情参考inventory (since 3.5.0)"""
