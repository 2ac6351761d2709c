"""Result models: UpdateGuestToolsStateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .guest_tools_state_inventory import GuestToolsStateInventory

__all__ = [
    "UpdateGuestToolsStateResult",
]


class UpdateGuestToolsStateResult(ZStackModel):
    """The result of UpdateGuestToolsState (ZStack's `UpdateGuestToolsStateResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.6.21)"""

    inventory: GuestToolsStateInventory | None = None
    """详情参考inventory (since 4.6.21)"""

    success: bool | None = None
    """success (since 4.6.21)"""
