"""Result models: CreateSNSUniversalSmsEndpointResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .sns_universal_sms_endpoint_inventory import SNSUniversalSmsEndpointInventory

__all__ = [
    "CreateSNSUniversalSmsEndpointResult",
]


class CreateSNSUniversalSmsEndpointResult(ZStackModel):
    """The result of CreateSNSUniversalSmsEndpoint (ZStack's `CreateSNSUniversalSmsEndpointResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 5.1.8)"""

    inventory: SNSUniversalSmsEndpointInventory | None = None
    """详情参考inventory (since 5.1.8)"""

    success: bool | None = None
    """success (since 5.1.8)"""
