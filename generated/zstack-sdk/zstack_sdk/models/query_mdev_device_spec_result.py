"""Result models: QueryMdevDeviceSpecResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .mdev_device_spec_inventory import MdevDeviceSpecInventory

__all__ = [
    "QueryMdevDeviceSpecResult",
]


class QueryMdevDeviceSpecResult(ZStackModel):
    """The result of QueryMdevDeviceSpec (ZStack's `QueryMdevDeviceSpecResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.5.0)"""

    inventories: list[MdevDeviceSpecInventory] | None = None
    """详情参考inventories (since 3.5.0)"""

    total: int | None = None
