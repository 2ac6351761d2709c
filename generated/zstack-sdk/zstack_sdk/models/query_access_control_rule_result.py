"""Result models: QueryAccessControlRuleResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .access_control_rule_inventory import AccessControlRuleInventory
from .error_code import ErrorCode

__all__ = [
    "QueryAccessControlRuleResult",
]


class QueryAccessControlRuleResult(ZStackModel):
    """The result of QueryAccessControlRule (ZStack's `QueryAccessControlRuleResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.5.1)"""

    inventories: list[AccessControlRuleInventory] | None = None
    """详情参考inventories (since 3.5.1)"""

    total: int | None = None
