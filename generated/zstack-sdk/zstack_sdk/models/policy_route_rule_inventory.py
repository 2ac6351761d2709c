"""Result models: PolicyRouteRuleInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "PolicyRouteRuleInventory",
]


class PolicyRouteRuleInventory(ZStackModel):
    """ZStack's `PolicyRouteRuleInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.6.0)"""

    dest_ip: str | None = None
    """目标ip (since 3.6.0)"""

    dest_port: str | None = None
    """目标端口 (since 3.6.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.6.0)"""

    protocol: Literal["tcp", "udp"] | str | None = None
    """详情参考protocol (since 3.6.0)"""

    rule_number: int | None = None
    """优先级 (since 3.6.0)"""

    rule_set_uuid: str | None = None
    """策略路由规则集uuid (since 3.6.0)"""

    source_ip: str | None = None
    """源ip (since 3.6.0)"""

    source_port: str | None = None
    """源端口 (since 3.6.0)"""

    state: Literal["enable", "disable"] | str | None = None
    """详情参考state (since 3.6.0)"""

    table_uuid: str | None = None
    """策略路由表uuid (since 3.6.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.6.0)"""
