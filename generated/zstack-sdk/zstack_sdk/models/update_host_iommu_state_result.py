"""Result models: UpdateHostIommuStateResult (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "UpdateHostIommuStateResult",
]


class UpdateHostIommuStateResult(ZStackModel):
    """The result of UpdateHostIommuState (ZStack's `UpdateHostIommuStateResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。详情参考error (since 2.1)"""

    state: Literal["Enabled", "Disabled"] | str | None = None
    """详情参考state (since 2.1)"""
