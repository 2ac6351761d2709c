"""Result models: CreateAliyunNasAccessGroupRuleResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .aliyun_nas_access_rule_inventory import AliyunNasAccessRuleInventory
from .error_code import ErrorCode

__all__ = [
    "CreateAliyunNasAccessGroupRuleResult",
]


class CreateAliyunNasAccessGroupRuleResult(ZStackModel):
    """The result of CreateAliyunNasAccessGroupRule (ZStack's `CreateAliyunNasAccessGroupRuleResult`)."""

    error: ErrorCode | None = None

    inventory: AliyunNasAccessRuleInventory | None = None
