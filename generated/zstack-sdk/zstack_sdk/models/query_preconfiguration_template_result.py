"""Result models: QueryPreconfigurationTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .preconfiguration_template_inventory import PreconfigurationTemplateInventory

__all__ = [
    "QueryPreconfigurationTemplateResult",
]


class QueryPreconfigurationTemplateResult(ZStackModel):
    """The result of QueryPreconfigurationTemplate (ZStack's `QueryPreconfigurationTemplatesResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.4.0)"""

    inventories: list[PreconfigurationTemplateInventory] | None = None
    """详情参考inventories (since 3.4.0)"""

    total: int | None = None
