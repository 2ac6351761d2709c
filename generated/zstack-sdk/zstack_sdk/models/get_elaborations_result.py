"""Result models: GetElaborationsResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .elaboration_content import ElaborationContent
from .error_code import ErrorCode

__all__ = [
    "GetElaborationsResult",
]


class GetElaborationsResult(ZStackModel):
    """The result of GetElaborations (ZStack's `GetElaborationsResult`)."""

    contents: list[ElaborationContent] | None = None
    """详情参考contents (since 3.3.0)"""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.3.0)"""
