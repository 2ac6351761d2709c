"""Result models: GetIAM2VirtualIDAPIPermissionResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetIAM2VirtualIDAPIPermissionResult",
]


class GetIAM2VirtualIDAPIPermissionResult(ZStackModel):
    """The result of GetIAM2VirtualIDAPIPermission (ZStack's `GetIAM2VirtualIDAPIPermissionResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.4.0)"""

    no_permission: bool | None = None
    """noPermission (since 2.4.0)"""

    permissions: dict[str, Any] | None = None
    """详情参考permissions (since 2.4.0)"""

    success: bool | None = None
    """success (since 2.4.0)"""
