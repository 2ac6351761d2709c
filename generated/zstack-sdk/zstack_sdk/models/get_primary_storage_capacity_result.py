"""Result models: GetPrimaryStorageCapacityResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetPrimaryStorageCapacityResult",
]


class GetPrimaryStorageCapacityResult(ZStackModel):
    """The result of GetPrimaryStorageCapacity (ZStack's `GetPrimaryStorageCapacityResult`)."""

    available_capacity: int | None = None
    """availableCapacity (since 0.6)"""

    available_physical_capacity: int | None = None
    """availablePhysicalCapacity (since 0.6)"""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    success: bool | None = None
    """success (since 0.6)"""

    total_capacity: int | None = None
    """totalCapacity (since 0.6)"""

    total_physical_capacity: int | None = None
    """totalPhysicalCapacity (since 0.6)"""
