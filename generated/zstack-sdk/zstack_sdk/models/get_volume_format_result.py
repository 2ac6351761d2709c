"""Result models: GetVolumeFormatResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .volume_format_reply_struct import VolumeFormatReplyStruct

__all__ = [
    "GetVolumeFormatResult",
]


class GetVolumeFormatResult(ZStackModel):
    """The result of GetVolumeFormat (ZStack's `GetVolumeFormatResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    formats: list[VolumeFormatReplyStruct] | None = None
    """详情参考formats (since 0.6)"""
