"""Result models: CleanInvalidLdapBindingResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .account_inventory import AccountInventory
from .error_code import ErrorCode

__all__ = [
    "CleanInvalidLdapBindingResult",
]


class CleanInvalidLdapBindingResult(ZStackModel):
    """The result of CleanInvalidLdapBinding (ZStack's `CleanInvalidLdapBindingResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[AccountInventory] | None = None
    """详情参考inventories (since 0.6)"""
