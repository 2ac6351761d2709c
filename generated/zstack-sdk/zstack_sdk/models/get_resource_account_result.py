"""Result models: GetResourceAccountResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .account_inventory import AccountInventory
from .error_code import ErrorCode

__all__ = [
    "GetResourceAccountResult",
]


class GetResourceAccountResult(ZStackModel):
    """The result of GetResourceAccount (ZStack's `GetResourceAccountResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.6.0)"""

    inventories: dict[str, AccountInventory] | None = None
    """详情参考inventories (since 2.6.0)"""
