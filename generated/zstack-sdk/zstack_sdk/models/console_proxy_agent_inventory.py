"""Result models: ConsoleProxyAgentInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "ConsoleProxyAgentInventory",
]


class ConsoleProxyAgentInventory(ZStackModel):
    """ZStack's `ConsoleProxyAgentInventory`."""

    console_proxy_overridden_ip: str | None = None

    console_proxy_port: int | None = None

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    management_ip: str | None = None
    """管理节点IP (since 0.6)"""

    state: str | None = None
    """状态（启用，禁用） (since 0.6)"""

    status: str | None = None
    """状态（连接，断开） (since 0.6)"""

    type: str | None = None
    """类型 (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""
