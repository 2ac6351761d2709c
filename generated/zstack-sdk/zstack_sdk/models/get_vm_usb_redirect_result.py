"""Result models: GetVmUsbRedirectResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetVmUsbRedirectResult",
]


class GetVmUsbRedirectResult(ZStackModel):
    """The result of GetVmUsbRedirect (ZStack's `GetVmUsbRedirectResult`)."""

    enable: bool | None = None
    """usb redirect 开关是否开启 (since 2.1)"""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.1)"""
