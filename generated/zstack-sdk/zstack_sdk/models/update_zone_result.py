"""Result models: UpdateZoneResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .zone_inventory import ZoneInventory

__all__ = [
    "UpdateZoneResult",
]


class UpdateZoneResult(ZStackModel):
    """The result of UpdateZone (ZStack's `UpdateZoneResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventory: ZoneInventory | None = None
    """详情参考inventory (since 0.6)"""
