"""Result models: QuerySlbOfferingResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .slb_offering_inventory import SlbOfferingInventory

__all__ = [
    "QuerySlbOfferingResult",
]


class QuerySlbOfferingResult(ZStackModel):
    """The result of QuerySlbOffering (ZStack's `QuerySlbOfferingResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.0.0)"""

    inventories: list[SlbOfferingInventory] | None = None
    """详情参考inventories (since 4.0.0)"""

    total: int | None = None
