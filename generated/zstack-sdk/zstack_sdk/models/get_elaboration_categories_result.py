"""Result models: GetElaborationCategoriesResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .elaboration_category import ElaborationCategory
from .error_code import ErrorCode

__all__ = [
    "GetElaborationCategoriesResult",
]


class GetElaborationCategoriesResult(ZStackModel):
    """The result of GetElaborationCategories (ZStack's `GetElaborationCategoriesResult`)."""

    categories: list[ElaborationCategory] | None = None
    """详情参考categories (since 4.5.0)"""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.5.0)"""
