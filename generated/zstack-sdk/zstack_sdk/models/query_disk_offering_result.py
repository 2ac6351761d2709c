"""Result models: QueryDiskOfferingResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .disk_offering_inventory import DiskOfferingInventory
from .error_code import ErrorCode

__all__ = [
    "QueryDiskOfferingResult",
]


class QueryDiskOfferingResult(ZStackModel):
    """The result of QueryDiskOffering (ZStack's `QueryDiskOfferingResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[DiskOfferingInventory] | None = None
    """详情参考inventories (since 0.6)"""

    total: int | None = None
