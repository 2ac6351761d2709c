"""Result models: GetResourceAccountResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .resource_account_inventory import ResourceAccountInventory

__all__ = [
    "GetResourceAccountResult",
]


class GetResourceAccountResult(ZStackModel):
    """The ``GetResourceAccountResult`` structure."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.6.0)"""

    inventories: dict[str, ResourceAccountInventory] | None = None
    """详情参考inventories (since 2.6.0)"""
