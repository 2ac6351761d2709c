"""Result models: UpdateLdapServerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .ldap_server_inventory import LdapServerInventory

__all__ = [
    "UpdateLdapServerResult",
]


class UpdateLdapServerResult(ZStackModel):
    """The result of UpdateLdapServer (ZStack's `UpdateLdapServerResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventory: LdapServerInventory | None = None
    """详情参考inventory (since 0.6)"""
