"""Result models: QueryMttyDeviceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .mtty_device_inventory import MttyDeviceInventory

__all__ = [
    "QueryMttyDeviceResult",
]


class QueryMttyDeviceResult(ZStackModel):
    """The result of QueryMttyDevice (ZStack's `QueryMttyDeviceResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.6.0)"""

    inventories: list[MttyDeviceInventory] | None = None
    """详情参考inventories (since 4.6.0)"""

    success: bool | None = None
    """success (since 4.6.0)"""

    total: int | None = None
