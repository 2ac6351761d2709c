"""Result models: DecodeStackTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .resource_struct import ResourceStruct

__all__ = [
    "DecodeStackTemplateResult",
]


class DecodeStackTemplateResult(ZStackModel):
    """The result of DecodeStackTemplate (ZStack's `DecodeStackTemplateResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.0.0)"""

    resources: list[ResourceStruct] | None = None
    """详情参考resources (since 3.0.0)"""
