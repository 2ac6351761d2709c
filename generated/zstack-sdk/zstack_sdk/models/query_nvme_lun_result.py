"""Result models: QueryNvmeLunResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .nvme_lun_inventory import NvmeLunInventory

__all__ = [
    "QueryNvmeLunResult",
]


class QueryNvmeLunResult(ZStackModel):
    """The result of QueryNvmeLun (ZStack's `QueryNvmeLunResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.6.21)"""

    inventories: list[NvmeLunInventory] | None = None
    """详情参考inventories (since 4.6.21)"""

    success: bool | None = None
    """success (since 4.6.21)"""

    total: int | None = None
