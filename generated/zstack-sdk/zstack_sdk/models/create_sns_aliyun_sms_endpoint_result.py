"""Result models: CreateSNSAliyunSmsEndpointResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .sns_aliyun_sms_endpoint_inventory import SNSAliyunSmsEndpointInventory

__all__ = [
    "CreateSNSAliyunSmsEndpointResult",
]


class CreateSNSAliyunSmsEndpointResult(ZStackModel):
    """The result of CreateSNSAliyunSmsEndpoint (ZStack's `CreateSNSAliyunSmsEndpointResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.7.0)"""

    inventory: SNSAliyunSmsEndpointInventory | None = None
    """详情参考inventory (since 3.7.0)"""

    success: bool | None = None
    """success (since 5.0.0)"""
