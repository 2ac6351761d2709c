"""Result models: GetAllEventMetadataResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .event_struct import EventStruct

__all__ = [
    "GetAllEventMetadataResult",
]


class GetAllEventMetadataResult(ZStackModel):
    """The result of GetAllEventMetadata (ZStack's `GetAllEventMetadataResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.3)"""

    events: list[EventStruct] | None = None
    """详情参考events (since 2.3)"""
