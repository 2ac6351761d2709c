"""Result models: InstanceOfferingInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "InstanceOfferingInventory",
]


class InstanceOfferingInventory(ZStackModel):
    """ZStack's `InstanceOfferingInventory`."""

    allocator_strategy: str | None = None
    """分配策略 (since 0.6)"""

    cpu_num: int | None = None
    """CPU数量 (since 0.6)"""

    cpu_speed: int | None = None
    """CPU速度 (since 0.6)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    memory_size: int | None = None
    """内存大小 (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    reserved_memory_size: int | None = None

    sort_key: int | None = None
    """sortKey (since 0.6)"""

    state: str | None = None
    """状态（启用，禁用） (since 0.6)"""

    type: str | None = None
    """类型 (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""
