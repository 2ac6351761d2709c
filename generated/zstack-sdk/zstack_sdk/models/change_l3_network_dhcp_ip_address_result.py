"""Result models: ChangeL3NetworkDhcpIpAddressResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ChangeL3NetworkDhcpIpAddressResult",
]


class ChangeL3NetworkDhcpIpAddressResult(ZStackModel):
    """The result of ChangeL3NetworkDhcpIpAddress (ZStack's `ChangeL3NetworkDhcpIpAddressResult`)."""

    dhcp_server_ip: str | None = None
    """dhcpServerIp (since 5.1.0)"""

    dhcpv6_server_ip: str | None = None
    """dhcpv6ServerIp (since 5.1.0)"""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 5.1.0)"""

    success: bool | None = None
    """success (since 5.1.0)"""
