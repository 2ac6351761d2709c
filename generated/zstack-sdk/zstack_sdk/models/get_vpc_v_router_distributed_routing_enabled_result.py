"""Result models: GetVpcVRouterDistributedRoutingEnabledResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetVpcVRouterDistributedRoutingEnabledResult",
]


class GetVpcVRouterDistributedRoutingEnabledResult(ZStackModel):
    """The result of GetVpcVRouterDistributedRoutingEnabled (ZStack's `GetVpcVRouterDistributedRoutingEnabledResult`)."""

    enabled: bool | None = None
    """获取VPC路由器分布式路由是否打开 (since 2.3)"""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.3)"""
