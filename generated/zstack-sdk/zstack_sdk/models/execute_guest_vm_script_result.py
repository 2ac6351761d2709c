"""Result models: ExecuteGuestVmScriptResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .guest_vm_script_executed_record_inventory import GuestVmScriptExecutedRecordInventory

__all__ = [
    "ExecuteGuestVmScriptResult",
]


class ExecuteGuestVmScriptResult(ZStackModel):
    """The result of ExecuteGuestVmScript (ZStack's `ExecuteGuestVmScriptResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 5.2.0)"""

    inventory: GuestVmScriptExecutedRecordInventory | None = None
    """详情参考inventory (since 5.2.0)"""

    success: bool | None = None
    """success (since 5.2.0)"""
