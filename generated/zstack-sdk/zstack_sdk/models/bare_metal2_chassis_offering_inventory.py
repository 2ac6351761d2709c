"""Result models: BareMetal2ChassisOfferingInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "BareMetal2ChassisOfferingInventory",
]


class BareMetal2ChassisOfferingInventory(ZStackModel):
    """ZStack's `BareMetal2ChassisOfferingInventory`."""

    architecture: str | None = None
    """CPU架构 (since 4.0.0)"""

    boot_mode: str | None = None
    """启动模式 (since 4.0.0)"""

    cpu_model_name: str | None = None
    """CPU型号 (since 4.0.0)"""

    cpu_num: int | None = None
    """CPU核数 (since 4.0.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.0.0)"""

    description: str | None = None
    """资源的详细描述 (since 4.0.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.0.0)"""

    memory_size: int | None = None
    """内存容量 (since 4.0.0)"""

    name: str | None = None
    """资源名称 (since 4.0.0)"""

    provision_type: str | None = None

    state: str | None = None
    """状态 (since 4.0.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.0.0)"""
