"""Result models: SlbOfferingInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SlbOfferingInventory",
]


class SlbOfferingInventory(ZStackModel):
    """ZStack's `SlbOfferingInventory`."""

    allocator_strategy: str | None = None
    """allocatorStrategy (since 4.0.0)"""

    cpu_num: int | None = None
    """cpuNum (since 4.0.0)"""

    cpu_speed: int | None = None
    """cpuSpeed (since 4.0.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.0.0)"""

    description: str | None = None
    """资源的详细描述 (since 4.0.0)"""

    image_uuid: str | None = None
    """镜像UUID (since 4.0.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.0.0)"""

    management_network_uuid: str | None = None
    """managementNetworkUuid (since 4.0.0)"""

    memory_size: int | None = None
    """memorySize (since 4.0.0)"""

    name: str | None = None
    """资源名称 (since 4.0.0)"""

    reserved_memory_size: int | None = None

    sort_key: int | None = None
    """sortKey (since 4.0.0)"""

    state: str | None = None
    """state (since 4.0.0)"""

    type: str | None = None
    """type (since 4.0.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.0.0)"""

    zone_uuid: str | None = None
    """区域UUID (since 4.0.0)"""
