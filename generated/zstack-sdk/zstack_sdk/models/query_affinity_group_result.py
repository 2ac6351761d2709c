"""Result models: QueryAffinityGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .affinity_group_inventory import AffinityGroupInventory
from .error_code import ErrorCode

__all__ = [
    "QueryAffinityGroupResult",
]


class QueryAffinityGroupResult(ZStackModel):
    """The result of QueryAffinityGroup (ZStack's `QueryAffinityGroupResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.3)"""

    inventories: list[AffinityGroupInventory] | None = None
    """详情参考inventories (since 2.3)"""

    total: int | None = None
