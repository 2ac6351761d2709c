"""Result models: SetVolumeQosResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .volume_inventory import VolumeInventory

__all__ = [
    "SetVolumeQosResult",
]


class SetVolumeQosResult(ZStackModel):
    """The result of SetVolumeQos (ZStack's `SetVolumeQosResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.1.0)"""

    inventory: VolumeInventory | None = None
    """详情参考inventory (since 3.1.0)"""

    success: bool | None = None
    """success (since 3.1.0)"""
