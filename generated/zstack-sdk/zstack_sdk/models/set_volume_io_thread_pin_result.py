"""Result models: SetVolumeIoThreadPinResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SetVolumeIoThreadPinResult",
]


class SetVolumeIoThreadPinResult(ZStackModel):
    """The result of SetVolumeIoThreadPin (ZStack's `SetVolumeIoThreadPinResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.7.0)"""

    io_thread_id: int | None = None
    """IO线程的id (since 4.7.0)"""

    pin: str | None = None
    """绑定的CPU范围 (since 4.7.0)"""

    success: bool | None = None
    """success (since 4.7.0)"""

    volume_uuid: str | None = None
    """云盘UUID (since 4.7.0)"""
