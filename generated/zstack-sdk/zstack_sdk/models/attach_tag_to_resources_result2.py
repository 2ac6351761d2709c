"""Result models: AttachTagToResourcesResult2 (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .attach_tag_to_resources_result import AttachTagToResourcesResult
from .error_code import ErrorCode

__all__ = [
    "AttachTagToResourcesResult2",
]


class AttachTagToResourcesResult2(ZStackModel):
    """The ``AttachTagToResourcesResult2`` structure."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.2.0)"""

    results: list[AttachTagToResourcesResult] | None = None
    """详情参考results (since 3.2.0)"""

    success: bool | None = None
    """success (since 3.2.0)"""
