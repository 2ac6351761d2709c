"""Result models: QueryTemplateConfigResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .template_config_inventory import TemplateConfigInventory

__all__ = [
    "QueryTemplateConfigResult",
]


class QueryTemplateConfigResult(ZStackModel):
    """The result of QueryTemplateConfig (ZStack's `QueryTemplateConfigResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.6.0)"""

    inventories: list[TemplateConfigInventory] | None = None
    """详情参考inventories (since 3.6.0)"""

    total: int | None = None
