"""Result models: QueryCephOsdGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .ceph_osd_group_inventory import CephOsdGroupInventory
from .error_code import ErrorCode

__all__ = [
    "QueryCephOsdGroupResult",
]


class QueryCephOsdGroupResult(ZStackModel):
    """The result of QueryCephOsdGroup (ZStack's `QueryCephOsdGroupResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.5.0)"""

    inventories: list[CephOsdGroupInventory] | None = None
    """详情参考inventories (since 4.5.0)"""

    success: bool | None = None
    """success (since 4.5.0)"""

    total: int | None = None
