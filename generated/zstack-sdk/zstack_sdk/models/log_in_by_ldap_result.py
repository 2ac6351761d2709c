"""Result models: LogInByLdapResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .account_inventory import AccountInventory
from .error_code import ErrorCode
from .session_inventory import SessionInventory

__all__ = [
    "LogInByLdapResult",
]


class LogInByLdapResult(ZStackModel):
    """The result of LogInByLdap (ZStack's `LogInByLdapResult`)."""

    account_inventory: AccountInventory | None = None
    """详情参考accountInventory (since 0.6)"""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventory: SessionInventory | None = None
    """详情参考inventory (since 0.6)"""

    success: bool | None = None
    """成功标志 (since 0.6)"""
