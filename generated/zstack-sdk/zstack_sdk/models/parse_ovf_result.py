"""Result models: ParseOvfResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .ovf_info import OvfInfo

__all__ = [
    "ParseOvfResult",
]


class ParseOvfResult(ZStackModel):
    """The result of ParseOvf (ZStack's `ParseOvfResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.4.6)"""

    ovf_info: OvfInfo | None = None
    """详情参考ovfInfo (since 4.4.6)"""

    success: bool | None = None
    """success (since 4.4.6)"""
