"""Result models: QueryStackTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .stack_template_inventory import StackTemplateInventory

__all__ = [
    "QueryStackTemplateResult",
]


class QueryStackTemplateResult(ZStackModel):
    """The result of QueryStackTemplate (ZStack's `QueryStackTemplateResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.5.0)"""

    inventories: list[StackTemplateInventory] | None = None
    """详情参考inventories (since 2.5.0)"""

    total: int | None = None
