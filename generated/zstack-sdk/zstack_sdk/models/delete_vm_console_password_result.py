"""Result models: DeleteVmConsolePasswordResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteVmConsolePasswordResult",
]


class DeleteVmConsolePasswordResult(ZStackModel):
    """The result of DeleteVmConsolePassword (ZStack's `DeleteVmConsolePasswordResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""
