"""Result models: CreateBareMetal2InstanceFromVmBackupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .bare_metal2_instance_inventory import BareMetal2InstanceInventory
from .error_code import ErrorCode

__all__ = [
    "CreateBareMetal2InstanceFromVmBackupResult",
]


class CreateBareMetal2InstanceFromVmBackupResult(ZStackModel):
    """The result of CreateBareMetal2InstanceFromVmBackup."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 5.5.6)"""

    inventory: BareMetal2InstanceInventory | None = None
    """详情参考inventory (since 5.5.6)"""

    success: bool | None = None
    """success (since 5.5.6)"""
