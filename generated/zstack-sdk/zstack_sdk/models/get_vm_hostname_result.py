"""Result models: GetVmHostnameResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetVmHostnameResult",
]


class GetVmHostnameResult(ZStackModel):
    """The result of GetVmHostname (ZStack's `GetVmHostnameResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    hostname: str | None = None
    """云主机hostname (since 0.6)"""
