"""Result models: GetVmInstanceFirstBootDeviceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetVmInstanceFirstBootDeviceResult",
]


class GetVmInstanceFirstBootDeviceResult(ZStackModel):
    """The result of GetVmInstanceFirstBootDevice (ZStack's `GetVmInstanceFirstBootDeviceResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.7.0)"""

    first_boot_device: str | None = None
    """云主机第一启动项 (since 3.7.0)"""
