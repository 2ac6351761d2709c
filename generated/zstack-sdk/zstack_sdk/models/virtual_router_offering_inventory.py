"""Result models: VirtualRouterOfferingInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VirtualRouterOfferingInventory",
]


class VirtualRouterOfferingInventory(ZStackModel):
    """ZStack's `VirtualRouterOfferingInventory`."""

    allocator_strategy: str | None = None
    """allocatorStrategy (since 0.6)"""

    cpu_num: int | None = None
    """cpuNum (since 0.6)"""

    cpu_speed: int | None = None
    """cpuSpeed (since 0.6)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    image_uuid: str | None = None
    """镜像UUID (since 0.6)"""

    is_default: bool | None = None
    """isDefault (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    management_network_uuid: str | None = None
    """managementNetworkUuid (since 0.6)"""

    memory_size: int | None = None
    """memorySize (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    public_network_uuid: str | None = None
    """publicNetworkUuid (since 0.6)"""

    reserved_memory_size: int | None = None

    sort_key: int | None = None
    """sortKey (since 0.6)"""

    state: str | None = None
    """state (since 0.6)"""

    type: str | None = None
    """type (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""

    zone_uuid: str | None = None
    """区域UUID (since 0.6)"""
