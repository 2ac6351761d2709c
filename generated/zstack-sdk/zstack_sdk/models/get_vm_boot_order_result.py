"""Result models: GetVmBootOrderResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetVmBootOrderResult",
]


class GetVmBootOrderResult(ZStackModel):
    """The result of GetVmBootOrder (ZStack's `GetVmBootOrderResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    orders: list[str] | None = None
    """启动设备列表 (since 0.6)"""
