"""Result models: QueryIscsiLunResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .iscsi_lun_inventory import IscsiLunInventory

__all__ = [
    "QueryIscsiLunResult",
]


class QueryIscsiLunResult(ZStackModel):
    """The result of QueryIscsiLun (ZStack's `QueryIscsiLunResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.0.0)"""

    inventories: list[IscsiLunInventory] | None = None
    """详情参考inventories (since 3.0.0)"""

    total: int | None = None
