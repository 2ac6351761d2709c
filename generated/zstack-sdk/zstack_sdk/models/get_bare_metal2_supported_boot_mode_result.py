"""Result models: GetBareMetal2SupportedBootModeResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetBareMetal2SupportedBootModeResult",
]


class GetBareMetal2SupportedBootModeResult(ZStackModel):
    """The result of GetBareMetal2SupportedBootMode (ZStack's `GetBareMetal2SupportedBootModeResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.0.0)"""

    success: bool | None = None
    """获取成功 (since 4.0.0)"""

    supported_boot_mode: str | None = None
    """支持的启动模式 (since 4.0.0)"""
