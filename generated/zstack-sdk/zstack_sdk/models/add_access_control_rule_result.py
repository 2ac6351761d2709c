"""Result models: AddAccessControlRuleResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .access_control_rule_inventory import AccessControlRuleInventory
from .error_code import ErrorCode

__all__ = [
    "AddAccessControlRuleResult",
]


class AddAccessControlRuleResult(ZStackModel):
    """The result of AddAccessControlRule (ZStack's `AddAccessControlRuleResult`)."""

    error: ErrorCode | None = None

    inventory: AccessControlRuleInventory | None = None
