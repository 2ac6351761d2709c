"""Result models: GetVmCapabilitiesResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetVmCapabilitiesResult",
]


class GetVmCapabilitiesResult(ZStackModel):
    """The result of GetVmCapabilities (ZStack's `GetVmCapabilitiesResult`)."""

    capabilities: dict[str, Any] | None = None
    """云主机能力结果 (since 0.6)"""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""
