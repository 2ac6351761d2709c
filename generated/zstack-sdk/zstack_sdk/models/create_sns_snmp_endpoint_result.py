"""Result models: CreateSNSSnmpEndpointResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .sns_application_endpoint_inventory import SNSApplicationEndpointInventory

__all__ = [
    "CreateSNSSnmpEndpointResult",
]


class CreateSNSSnmpEndpointResult(ZStackModel):
    """The result of CreateSNSSnmpEndpoint (ZStack's `CreateSNSApplicationEndpointResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 5.0.0)"""

    inventory: SNSApplicationEndpointInventory | None = None
    """详情参考inventory (since 5.0.0)"""

    success: bool | None = None
    """success (since 5.0.0)"""
