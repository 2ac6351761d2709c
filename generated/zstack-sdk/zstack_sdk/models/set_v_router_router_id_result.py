"""Result models: SetVRouterRouterIdResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SetVRouterRouterIdResult",
]


class SetVRouterRouterIdResult(ZStackModel):
    """The result of SetVRouterRouterId (ZStack's `SetVRouterRouterIdResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.4.0)"""

    router_id: str | None = None
    """routerId (since 3.4.0)"""
