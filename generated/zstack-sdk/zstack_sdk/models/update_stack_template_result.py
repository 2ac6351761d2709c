"""Result models: UpdateStackTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .stack_template_inventory import StackTemplateInventory

__all__ = [
    "UpdateStackTemplateResult",
]


class UpdateStackTemplateResult(ZStackModel):
    """The result of UpdateStackTemplate (ZStack's `UpdateStackTemplateResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.5.0)"""

    inventory: StackTemplateInventory | None = None
    """详情参考inventory (since 2.5.0)"""
