"""Result models: VRouterRouteEntryAO (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackModel

__all__ = [
    "VRouterRouteEntryAO",
]


class VRouterRouteEntryAO(ZStackModel):
    """ZStack's `VRouterRouteEntryAO`."""

    description: str | None = None
    """资源的详细描述 (since 2.1)"""

    destination: str | None = None
    """目标网络地址 (since 2.1)"""

    distance: int | None = None
    """路由优先级，在最小匹配下如果有多条路由规则匹配，优先级数字小的规则将会被匹配 (since 2.1)"""

    status: str | None = None
    """路由状态 active：活跃的路由 inactive：表示非活跃路由 selected：表示多路径路由中活跃的路由 (since 2.1)"""

    target: str | None = None
    """下一跳地址或网卡 (since 2.1)"""

    type: (
        Literal["UserStatic", "UserBlackHole", "DirectConnect", "ZStack", "OSPF", "Unknown"]
        | str
        | None
    ) = None
    """除用户添加的静态路由、黑洞路由外，ZStack类型表示由系统添加的路由，DirectConnect表示直连路由 (since 2.1)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.1)"""
