"""Result models: CheckApiPermissionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "CheckApiPermissionResult",
]


class CheckApiPermissionResult(ZStackModel):
    """The result of CheckApiPermission (ZStack's `CheckApiPermissionResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventory: dict[str, str] | None = None
    """API权限清单 (since 0.6)"""
