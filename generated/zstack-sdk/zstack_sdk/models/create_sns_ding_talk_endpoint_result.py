"""Result models: CreateSNSDingTalkEndpointResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .sns_ding_talk_endpoint_inventory import SNSDingTalkEndpointInventory

__all__ = [
    "CreateSNSDingTalkEndpointResult",
]


class CreateSNSDingTalkEndpointResult(ZStackModel):
    """The result of CreateSNSDingTalkEndpoint (ZStack's `CreateSNSDingTalkEndpointResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.3)"""

    inventory: SNSDingTalkEndpointInventory | None = None
    """详情参考inventory (since 2.3)"""

    success: bool | None = None
    """success (since 5.0.0)"""
