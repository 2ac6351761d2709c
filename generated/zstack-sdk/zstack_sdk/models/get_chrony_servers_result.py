"""Result models: GetChronyServersResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .chrony_server_info_pair import ChronyServerInfoPair
from .error_code import ErrorCode

__all__ = [
    "GetChronyServersResult",
]


class GetChronyServersResult(ZStackModel):
    """The result of GetChronyServers (ZStack's `GetChronyServersResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.7.21)"""

    servers: list[ChronyServerInfoPair] | None = None
    """详情参考servers (since 4.7.21)"""

    success: bool | None = None
    """success (since 4.7.21)"""
