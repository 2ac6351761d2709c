"""Result models: GetCpuMemoryCapacityResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .cpu_memory_capacity_data import CpuMemoryCapacityData
from .error_code import ErrorCode

__all__ = [
    "GetCpuMemoryCapacityResult",
]


class GetCpuMemoryCapacityResult(ZStackModel):
    """The result of GetCpuMemoryCapacity (ZStack's `GetCpuMemoryCapacityResult`)."""

    available_cpu: int | None = None
    """可用cpu数量 (since 0.6)"""

    available_memory: int | None = None
    """可用内存 (since 0.6)"""

    capacity_data: list[CpuMemoryCapacityData] | None = None
    """详情参考capacityData (since 3.9.0)"""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    managed_cpu_num: int | None = None
    """受管理的物理CPU数量 (since 2.5.0)"""

    resource_type: str | None = None
    """所查资源的类型（物理机、集群、区域） (since 3.9.0)"""

    success: bool | None = None
    """成功 (since 0.6)"""

    total_cpu: int | None = None
    """cpu总数 (since 0.6)"""

    total_memory: int | None = None
    """内存总量 (since 0.6)"""
