"""Result models: GetResourceNamesResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .resource_inventory import ResourceInventory

__all__ = [
    "GetResourceNamesResult",
]


class GetResourceNamesResult(ZStackModel):
    """The result of GetResourceNames (ZStack's `GetResourceNamesResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.0)"""

    inventories: list[ResourceInventory] | None = None
    """详情参考inventories (since 2.0)"""
