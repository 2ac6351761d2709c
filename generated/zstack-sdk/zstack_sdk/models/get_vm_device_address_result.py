"""Result models: GetVmDeviceAddressResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetVmDeviceAddressResult",
]


class GetVmDeviceAddressResult(ZStackModel):
    """The result of GetVmDeviceAddress (ZStack's `GetVmDeviceAddressResult`)."""

    addresses: dict[str, Any] | None = None
    """设备地址详情 (since 3.10.0)"""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.10.0)"""

    success: bool | None = None
    """success (since 3.10.0)"""
