"""Result models: UpdateAutoScalingGroupInstanceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .auto_scaling_group_instance_inventory import AutoScalingGroupInstanceInventory
from .error_code import ErrorCode

__all__ = [
    "UpdateAutoScalingGroupInstanceResult",
]


class UpdateAutoScalingGroupInstanceResult(ZStackModel):
    """The result of UpdateAutoScalingGroupInstance (ZStack's `UpdateAutoScalingGroupInstanceResult`)."""

    error: ErrorCode | None = None

    inventory: AutoScalingGroupInstanceInventory | None = None
