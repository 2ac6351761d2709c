"""Result models: GetL3NetworkDhcpIpAddressResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetL3NetworkDhcpIpAddressResult",
]


class GetL3NetworkDhcpIpAddressResult(ZStackModel):
    """The result of GetL3NetworkDhcpIpAddress (ZStack's `GetL3NetworkDhcpIpAddressResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    ip: str | None = None
    """IP地址 (since 0.6)"""

    ip6: str | None = None
    """IPv6地址 (since 3.10.0)"""

    success: bool | None = None
    """成功 (since 0.6)"""
