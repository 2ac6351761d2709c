"""Result models: QueryGlobalConfigTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .global_config_template_inventory import GlobalConfigTemplateInventory

__all__ = [
    "QueryGlobalConfigTemplateResult",
]


class QueryGlobalConfigTemplateResult(ZStackModel):
    """The result of QueryGlobalConfigTemplate (ZStack's `QueryGlobalConfigTemplateResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.6.0)"""

    inventories: list[GlobalConfigTemplateInventory] | None = None
    """详情参考inventories (since 3.6.0)"""

    total: int | None = None
