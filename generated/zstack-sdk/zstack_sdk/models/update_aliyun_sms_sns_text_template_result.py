"""Result models: UpdateAliyunSmsSNSTextTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .aliyun_sms_sns_text_template_inventory import AliyunSmsSNSTextTemplateInventory
from .error_code import ErrorCode

__all__ = [
    "UpdateAliyunSmsSNSTextTemplateResult",
]


class UpdateAliyunSmsSNSTextTemplateResult(ZStackModel):
    """The result of UpdateAliyunSmsSNSTextTemplate (ZStack's `UpdateAliyunSmsSNSTextTemplateResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.7.0)"""

    inventory: AliyunSmsSNSTextTemplateInventory | None = None
    """详情参考inventory (since 3.7.0)"""
