"""Result models: LoginIAM2VirtualIDWithLdapResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .session_inventory import SessionInventory

__all__ = [
    "LoginIAM2VirtualIDWithLdapResult",
]


class LoginIAM2VirtualIDWithLdapResult(ZStackModel):
    """The result of LoginIAM2VirtualIDWithLdap (ZStack's `LoginIAM2VirtualIDWithLdapResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.5.1)"""

    inventory: SessionInventory | None = None
    """详情参考inventory (since 3.5.1)"""
