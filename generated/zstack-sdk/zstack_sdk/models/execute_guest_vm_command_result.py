"""Result models: ExecuteGuestVmCommandResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vm_instance_inventory import VmInstanceInventory

__all__ = [
    "ExecuteGuestVmCommandResult",
]


class ExecuteGuestVmCommandResult(ZStackModel):
    """The result of ExecuteGuestVmCommand (ZStack's `ExecuteGuestVmCommandResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 5.2.0)"""

    stream: str | None = None
    """流 (since 5.2.0)"""

    success: bool | None = None
    """success (since 5.2.0)"""

    vm_instance: VmInstanceInventory | None = None
    """详情参考vmInstance (since 5.2.0)"""
