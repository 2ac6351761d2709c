"""Result models: CreateIAM2VirtualIDFromLdapUidResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .ldap_resource_ref_inventory import LdapResourceRefInventory

__all__ = [
    "CreateIAM2VirtualIDFromLdapUidResult",
]


class CreateIAM2VirtualIDFromLdapUidResult(ZStackModel):
    """The result of CreateIAM2VirtualIDFromLdapUid (ZStack's `CreateIAM2VirtualIDFromLdapUidResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.5.1)"""

    inventory: LdapResourceRefInventory | None = None
    """详情参考inventory (since 3.5.1)"""

    success: bool | None = None
    """success (since 4.7.0)"""
