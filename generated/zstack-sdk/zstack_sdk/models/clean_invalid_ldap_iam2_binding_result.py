"""Result models: CleanInvalidLdapIAM2BindingResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .clean_invalid_ldap_iam2_binding_inventory import CleanInvalidLdapIAM2BindingInventory
from .error_code import ErrorCode

__all__ = [
    "CleanInvalidLdapIAM2BindingResult",
]


class CleanInvalidLdapIAM2BindingResult(ZStackModel):
    """The ``CleanInvalidLdapIAM2BindingResult`` structure."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.5.1)"""

    inventories: list[CleanInvalidLdapIAM2BindingInventory] | None = None
    """详情参考inventories (since 3.5.1)"""
