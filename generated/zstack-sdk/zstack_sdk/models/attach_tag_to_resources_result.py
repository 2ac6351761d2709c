"""Result models: AttachTagToResourcesResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .attach_tag_result import AttachTagResult
from .error_code import ErrorCode

__all__ = [
    "AttachTagToResourcesResult",
]


class AttachTagToResourcesResult(ZStackModel):
    """The result of AttachTagToResources (ZStack's `AttachTagToResourcesResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.2.0)"""

    results: list[AttachTagResult] | None = None
    """详情参考results (since 3.2.0)"""

    success: bool | None = None
    """success (since 3.2.0)"""
