"""Result models: QueryIAM2VirtualIDGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .iam2_virtual_id_group_inventory import IAM2VirtualIDGroupInventory

__all__ = [
    "QueryIAM2VirtualIDGroupResult",
]


class QueryIAM2VirtualIDGroupResult(ZStackModel):
    """The result of QueryIAM2VirtualIDGroup (ZStack's `QueryIAM2VirtualIDGroupResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.4.0)"""

    inventories: list[IAM2VirtualIDGroupInventory] | None = None
    """详情参考inventories (since 2.4.0)"""

    total: int | None = None
