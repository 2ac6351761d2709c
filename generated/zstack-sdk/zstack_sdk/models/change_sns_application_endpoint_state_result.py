"""Result models: ChangeSNSApplicationEndpointStateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .sns_application_endpoint_inventory import SNSApplicationEndpointInventory

__all__ = [
    "ChangeSNSApplicationEndpointStateResult",
]


class ChangeSNSApplicationEndpointStateResult(ZStackModel):
    """The result of ChangeSNSApplicationEndpointState (ZStack's `ChangeSNSApplicationEndpointStateResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventory: SNSApplicationEndpointInventory | None = None
    """详情参考inventory (since 0.6)"""

    success: bool | None = None
    """success (since 5.0.0)"""
