"""Result models: GetVolumeFormatResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .format import Format

__all__ = [
    "GetVolumeFormatResult",
]


class GetVolumeFormatResult(ZStackModel):
    """The ``GetVolumeFormatResult`` structure."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    formats: list[Format] | None = None
    """详情参考formats (since 0.6)"""
