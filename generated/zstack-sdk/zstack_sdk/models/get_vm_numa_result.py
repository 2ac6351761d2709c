"""Result models: GetVmNumaResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetVmNumaResult",
]


class GetVmNumaResult(ZStackModel):
    """The result of GetVmNuma (ZStack's `GetVmNumaResult`)."""

    enable: bool | None = None
    """vm Numa 开关是否开启 (since 4.3.12)"""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.3.12)"""
