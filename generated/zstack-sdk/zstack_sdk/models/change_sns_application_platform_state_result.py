"""Result models: ChangeSNSApplicationPlatformStateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .sns_application_platform_inventory import SNSApplicationPlatformInventory

__all__ = [
    "ChangeSNSApplicationPlatformStateResult",
]


class ChangeSNSApplicationPlatformStateResult(ZStackModel):
    """The result of ChangeSNSApplicationPlatformState (ZStack's `ChangeSNSApplicationPlatformStateResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.3)"""

    inventory: SNSApplicationPlatformInventory | None = None
    """详情参考inventory (since 2.3)"""

    success: bool | None = None
    """success (since 5.0.0)"""
