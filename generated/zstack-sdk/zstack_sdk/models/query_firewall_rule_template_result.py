"""Result models: QueryFirewallRuleTemplateResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryFirewallRuleTemplateResult",
]


class QueryFirewallRuleTemplateResult(ZStackModel):
    """The result of QueryFirewallRuleTemplate (ZStack's `QueryFirewallRuleTemplateResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.0.0)"""

    inventories: list[Any] | None = None

    total: int | None = None
