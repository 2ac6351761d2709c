"""Result models: GetVSwitchTypesResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetVSwitchTypesResult",
]


class GetVSwitchTypesResult(ZStackModel):
    """The result of GetVSwitchTypes (ZStack's `GetVSwitchTypesResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.8.0)"""

    types: list[str] | None = None
    """types (since 4.8.0)"""
