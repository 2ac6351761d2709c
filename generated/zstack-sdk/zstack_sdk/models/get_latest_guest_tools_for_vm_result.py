"""Result models: GetLatestGuestToolsForVmResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .guest_tools_inventory import GuestToolsInventory

__all__ = [
    "GetLatestGuestToolsForVmResult",
]


class GetLatestGuestToolsForVmResult(ZStackModel):
    """The result of GetLatestGuestToolsForVm (ZStack's `GetLatestGuestToolsForVmResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.7.0)"""

    inventory: GuestToolsInventory | None = None
    """详情参考inventory (since 3.7.0)"""

    success: bool | None = None
    """成功 (since 3.7.0)"""
