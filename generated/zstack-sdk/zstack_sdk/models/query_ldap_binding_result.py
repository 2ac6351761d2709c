"""Result models: QueryLdapBindingResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .ldap_account_ref_inventory import LdapAccountRefInventory

__all__ = [
    "QueryLdapBindingResult",
]


class QueryLdapBindingResult(ZStackModel):
    """The result of QueryLdapBinding (ZStack's `QueryLdapBindingResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[LdapAccountRefInventory] | None = None
    """详情参考inventories (since 0.6)"""

    total: int | None = None
