"""Result models: QueryLdapServerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .ldap_server_inventory import LdapServerInventory

__all__ = [
    "QueryLdapServerResult",
]


class QueryLdapServerResult(ZStackModel):
    """The result of QueryLdapServer (ZStack's `QueryLdapServerResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[LdapServerInventory] | None = None
    """详情参考inventories (since 0.6)"""

    total: int | None = None
