"""Result models: GetPrimaryStorageLicenseInfoResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetPrimaryStorageLicenseInfoResult",
]


class GetPrimaryStorageLicenseInfoResult(ZStackModel):
    """The result of GetPrimaryStorageLicenseInfo (ZStack's `GetPrimaryStorageLicenseInfoResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.6.0)"""

    expire_time: str | None = None
    """expireTime (since 3.6.0)"""

    name: str | None = None
    """name (since 3.6.0)"""

    success: bool | None = None
    """success (since 3.6.0)"""

    uuid: str | None = None
    """uuid (since 3.6.0)"""
