"""Result models: GetHostIommuStatusResult (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetHostIommuStatusResult",
]


class GetHostIommuStatusResult(ZStackModel):
    """The result of GetHostIommuStatus (ZStack's `GetHostIommuStatusResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.1)"""

    status: Literal["Active", "Inactive"] | str | None = None
    """详情参考status (since 2.1)"""

    success: bool | None = None
    """success (since 2.1)"""
