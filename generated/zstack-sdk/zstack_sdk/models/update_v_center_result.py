"""Result models: UpdateVCenterResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .v_center_inventory import VCenterInventory

__all__ = [
    "UpdateVCenterResult",
]


class UpdateVCenterResult(ZStackModel):
    """The result of UpdateVCenter (ZStack's `UpdateVCenterResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.3.2)"""

    inventory: VCenterInventory | None = None
    """详情参考inventory (since 2.3.2)"""

    success: bool | None = None
    """success (since 4.8.0)"""
