"""Result models: GuestToolsInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "GuestToolsInventory",
]


class GuestToolsInventory(ZStackModel):
    """ZStack's `GuestToolsInventory`."""

    agent_type: str | None = None

    architecture: str | None = None
    """架构 (since 3.7.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.7.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.7.0)"""

    hypervisor_type: str | None = None
    """虚拟化类型 (since 3.7.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.7.0)"""

    management_node_uuid: str | None = None
    """管理节点UUID (since 3.7.0)"""

    name: str | None = None
    """资源名称 (since 3.7.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.7.0)"""

    version: str | None = None
    """版本 (since 3.7.0)"""
