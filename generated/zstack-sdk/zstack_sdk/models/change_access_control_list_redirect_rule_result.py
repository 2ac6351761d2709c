"""Result models: ChangeAccessControlListRedirectRuleResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .access_control_list_entry_inventory import AccessControlListEntryInventory
from .error_code import ErrorCode

__all__ = [
    "ChangeAccessControlListRedirectRuleResult",
]


class ChangeAccessControlListRedirectRuleResult(ZStackModel):
    """The result of ChangeAccessControlListRedirectRule (ZStack's `ChangeAccessControlListRedirectRuleResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.1.0)"""

    inventory: AccessControlListEntryInventory | None = None
    """详情参考inventory (since 4.1.0)"""
