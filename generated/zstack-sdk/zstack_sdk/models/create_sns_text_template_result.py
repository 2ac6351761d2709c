"""Result models: CreateSNSTextTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .sns_text_template_inventory import SNSTextTemplateInventory

__all__ = [
    "CreateSNSTextTemplateResult",
]


class CreateSNSTextTemplateResult(ZStackModel):
    """The result of CreateSNSTextTemplate (ZStack's `CreateSNSTextTemplateResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.3)"""

    inventory: SNSTextTemplateInventory | None = None
    """详情参考inventory (since 2.3)"""

    success: bool | None = None
    """success (since 5.1.8)"""
