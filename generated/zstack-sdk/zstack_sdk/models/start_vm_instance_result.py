"""Result models: StartVmInstanceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vm_instance_inventory import VmInstanceInventory

__all__ = [
    "StartVmInstanceResult",
]


class StartVmInstanceResult(ZStackModel):
    """The result of StartVmInstance (ZStack's `StartVmInstanceResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventory: VmInstanceInventory | None = None
    """详情参考inventory (since 0.6)"""
