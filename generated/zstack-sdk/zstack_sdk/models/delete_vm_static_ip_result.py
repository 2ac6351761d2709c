"""Result models: DeleteVmStaticIpResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteVmStaticIpResult",
]


class DeleteVmStaticIpResult(ZStackModel):
    """The result of DeleteVmStaticIp (ZStack's `DeleteVmStaticIpResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""
