"""Result models: CreateSNSMicrosoftTeamsEndpointResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .sns_microsoft_teams_endpoint_inventory import SNSMicrosoftTeamsEndpointInventory

__all__ = [
    "CreateSNSMicrosoftTeamsEndpointResult",
]


class CreateSNSMicrosoftTeamsEndpointResult(ZStackModel):
    """The result of CreateSNSMicrosoftTeamsEndpoint (ZStack's `CreateSNSMicrosoftTeamsEndpointResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.10.0)"""

    inventory: SNSMicrosoftTeamsEndpointInventory | None = None
    """详情参考inventory (since 3.10.0)"""

    success: bool | None = None
    """success (since 5.0.0)"""
