"""Result models: GetAlarmDataResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetAlarmDataResult",
]


class GetAlarmDataResult(ZStackModel):
    """The result of GetAlarmData (ZStack's `GetAlarmDataResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.3)"""

    histories: list[Any] | None = None
    """详情参考histories (since 2.3)"""

    total: int | None = None
