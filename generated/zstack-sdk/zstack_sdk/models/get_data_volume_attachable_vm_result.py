"""Result models: GetDataVolumeAttachableVmResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vm_instance_inventory import VmInstanceInventory

__all__ = [
    "GetDataVolumeAttachableVmResult",
]


class GetDataVolumeAttachableVmResult(ZStackModel):
    """The result of GetDataVolumeAttachableVm (ZStack's `GetDataVolumeAttachableVmResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[VmInstanceInventory] | None = None
    """详情参考inventories (since 0.6)"""
