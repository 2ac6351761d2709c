"""Result models: GetVmRDPResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetVmRDPResult",
]


class GetVmRDPResult(ZStackModel):
    """The result of GetVmRDP (ZStack's `GetVmRDPResult`)."""

    enable: bool | None = None
    """vm RDP 开关是否开启 (since 2.1)"""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.1)"""
