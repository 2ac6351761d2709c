"""Result models: GetResourceStackVmStatusResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetResourceStackVmStatusResult",
]


class GetResourceStackVmStatusResult(ZStackModel):
    """The result of GetResourceStackVmStatus (ZStack's `GetResourceStackVmStatusResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.9.0)"""

    port_status: dict[str, Any] | None = None
    """端口监控状态(open / initialize / close) (since 3.9.0)"""
