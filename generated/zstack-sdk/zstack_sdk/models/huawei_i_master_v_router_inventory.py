"""Result models: HuaweiIMasterVRouterInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "HuaweiIMasterVRouterInventory",
]


class HuaweiIMasterVRouterInventory(ZStackModel):
    """The ``HuaweiIMasterVRouterInventory`` structure."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 5.4.0)"""

    deleted: bool | None = None
    """deleted (since 5.4.0)"""

    description: str | None = None
    """资源的详细描述 (since 5.4.0)"""

    fabric_uuid: str | None = None
    """fabricUuid (since 5.4.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 5.4.0)"""

    logical_network_id: str | None = None
    """logicalNetworkId (since 5.4.0)"""

    name: str | None = None
    """资源名称 (since 5.4.0)"""

    tenant_id: str | None = None
    """tenantId (since 5.4.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 5.4.0)"""
