"""Result models: GetVmGuestToolsInfoResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetVmGuestToolsInfoResult",
]


class GetVmGuestToolsInfoResult(ZStackModel):
    """The result of GetVmGuestToolsInfo (ZStack's `GetVmGuestToolsInfoResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.7.0)"""

    features: dict[str, Any] | None = None
    """增强工具支持的功能, 以及功能模块的相关状态 (since 4.2.0)"""

    status: str | None = None
    """增强工具运行状态 (since 3.7.0)"""

    success: bool | None = None
    """成功 (since 3.7.0)"""

    version: str | None = None
    """增强工具版本 (since 3.7.0)"""
