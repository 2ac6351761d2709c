"""Result models: QueryGuestVmScriptExecutedRecordDetailResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .guest_vm_script_executed_record_detail_inventory import (
    GuestVmScriptExecutedRecordDetailInventory,
)

__all__ = [
    "QueryGuestVmScriptExecutedRecordDetailResult",
]


class QueryGuestVmScriptExecutedRecordDetailResult(ZStackModel):
    """The result of QueryGuestVmScriptExecutedRecordDetail (ZStack's `QueryGuestVmScriptExecutedRecordDetailResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 5.2.0)"""

    inventories: list[GuestVmScriptExecutedRecordDetailInventory] | None = None
    """详情参考inventories (since 5.2.0)"""

    success: bool | None = None
    """success (since 5.2.0)"""

    total: int | None = None
