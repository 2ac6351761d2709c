"""Result models: QueryIAM2LdapBindingResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .ldap_resource_ref_inventory import LdapResourceRefInventory

__all__ = [
    "QueryIAM2LdapBindingResult",
]


class QueryIAM2LdapBindingResult(ZStackModel):
    """The result of QueryIAM2LdapBinding (ZStack's `QueryIAM2LdapBindingResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.5.1)"""

    inventories: list[LdapResourceRefInventory] | None = None
    """详情参考inventories (since 3.5.1)"""

    total: int | None = None
