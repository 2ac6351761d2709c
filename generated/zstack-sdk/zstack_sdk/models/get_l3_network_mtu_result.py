"""Result models: GetL3NetworkMtuResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetL3NetworkMtuResult",
]


class GetL3NetworkMtuResult(ZStackModel):
    """The result of GetL3NetworkMtu (ZStack's `GetL3NetworkMtuResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.1)"""

    mtu: int | None = None
    """mtu (since 2.1)"""

    success: bool | None = None
    """success (since 2.1)"""
