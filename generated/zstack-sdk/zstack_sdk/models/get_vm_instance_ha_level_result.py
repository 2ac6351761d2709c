"""Result models: GetVmInstanceHaLevelResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetVmInstanceHaLevelResult",
]


class GetVmInstanceHaLevelResult(ZStackModel):
    """The result of GetVmInstanceHaLevel (ZStack's `GetVmInstanceHaLevelResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    level: str | None = None
    """云主机高可用级别，NeverStop或OnHostFailure (since 0.6)"""

    success: bool | None = None
    """success (since 0.6)"""
