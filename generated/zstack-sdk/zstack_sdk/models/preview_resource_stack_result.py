"""Result models: PreviewResourceStackResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .preview_resource_struct import PreviewResourceStruct

__all__ = [
    "PreviewResourceStackResult",
]


class PreviewResourceStackResult(ZStackModel):
    """The result of PreviewResourceStack (ZStack's `PreviewResourceStackResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.5.0)"""

    preview: PreviewResourceStruct | None = None
    """详情参考preview (since 2.5.0)"""
