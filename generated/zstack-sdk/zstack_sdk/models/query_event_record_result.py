"""Result models: QueryEventRecordResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .event_records_inventory import EventRecordsInventory

__all__ = [
    "QueryEventRecordResult",
]


class QueryEventRecordResult(ZStackModel):
    """The result of QueryEventRecord (ZStack's `QueryEventRecordResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.1.0)"""

    inventories: list[EventRecordsInventory] | None = None
    """详情参考inventories (since 4.1.0)"""

    total: int | None = None
