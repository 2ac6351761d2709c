"""Result models: CpuMemoryCapacityData (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "CpuMemoryCapacityData",
]


class CpuMemoryCapacityData(ZStackModel):
    """ZStack's `CpuMemoryCapacityData`."""

    available_cpu: int | None = None
    """可用CPU数量 (since 3.9.0)"""

    available_memory: int | None = None
    """可用内存 (since 3.9.0)"""

    managed_cpu_num: int | None = None
    """受管理的物理CPU数量 (since 3.9.0)"""

    resource_uuid: str | None = None
    """资源UUID (since 3.9.0)"""

    total_cpu: int | None = None
    """CPU总数 (since 3.9.0)"""

    total_memory: int | None = None
    """内存总量 (since 3.9.0)"""
