"""Result models: QueryAutoScalingGroupInstanceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .auto_scaling_group_instance_inventory import AutoScalingGroupInstanceInventory
from .error_code import ErrorCode

__all__ = [
    "QueryAutoScalingGroupInstanceResult",
]


class QueryAutoScalingGroupInstanceResult(ZStackModel):
    """The result of QueryAutoScalingGroupInstance (ZStack's `QueryAutoScalingGroupInstanceResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.1.0)"""

    inventories: list[AutoScalingGroupInstanceInventory] | None = None
    """详情参考inventories (since 3.1.0)"""

    total: int | None = None
