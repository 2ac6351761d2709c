"""Result models: GetL3NetworkRouterInterfaceIpResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetL3NetworkRouterInterfaceIpResult",
]


class GetL3NetworkRouterInterfaceIpResult(ZStackModel):
    """The result of GetL3NetworkRouterInterfaceIp (ZStack's `GetL3NetworkRouterInterfaceIpResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.2)"""

    router_interface_ip: str | None = None
    """三层网络上路由器的接口地址，仅当会在普通三层网络上创建VPC路由器或在VPC网络上加载VPC路由器时有效 (since 2.2)"""

    success: bool | None = None
    """success (since 2.2)"""
