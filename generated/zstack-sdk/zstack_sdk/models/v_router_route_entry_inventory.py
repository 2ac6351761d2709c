"""Result models: VRouterRouteEntryInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VRouterRouteEntryInventory",
]


class VRouterRouteEntryInventory(ZStackModel):
    """ZStack's `VRouterRouteEntryInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.1)"""

    description: str | None = None
    """资源的详细描述 (since 2.1)"""

    destination: str | None = None
    """目标网络地址 (since 2.1)"""

    distance: int | None = None
    """路由优先级，在最小匹配下如果有多条路由规则匹配，优先级数字小的规则将会被匹配 (since 2.1)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.1)"""

    route_table_uuid: str | None = None
    """路由表UUID (since 2.1)"""

    target: str | None = None
    """下一条地址 (since 2.1)"""

    type: (
        Literal["UserStatic", "UserBlackHole", "DirectConnect", "ZStack", "OSPF", "Unknown"]
        | str
        | None
    ) = None
    """类型，允许用户添加"静态路由"、"黑洞路由"两种类型，系统会根据是否填下一跳自动判断类型，在外在获取实时路由表API还会返回"ZStack"类型表示由系统添加的路由，"DirectConnect"直连路由 (since 2.1)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.1)"""
