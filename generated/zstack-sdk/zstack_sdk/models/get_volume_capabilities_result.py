"""Result models: GetVolumeCapabilitiesResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetVolumeCapabilitiesResult",
]


class GetVolumeCapabilitiesResult(ZStackModel):
    """The result of GetVolumeCapabilities (ZStack's `GetVolumeCapabilitiesResult`)."""

    capabilities: dict[str, Any] | None = None
    """云盘支持的类型列表 (since 0.6)"""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""
