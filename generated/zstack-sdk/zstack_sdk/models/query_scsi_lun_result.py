"""Result models: QueryScsiLunResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .scsi_lun_inventory import ScsiLunInventory

__all__ = [
    "QueryScsiLunResult",
]


class QueryScsiLunResult(ZStackModel):
    """The result of QueryScsiLun (ZStack's `QueryScsiLunResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.2.0)"""

    inventories: list[ScsiLunInventory] | None = None
    """详情参考inventories (since 3.2.0)"""

    total: int | None = None
