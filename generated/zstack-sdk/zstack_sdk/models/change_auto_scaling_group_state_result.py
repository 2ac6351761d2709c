"""Result models: ChangeAutoScalingGroupStateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .auto_scaling_group_inventory import AutoScalingGroupInventory
from .error_code import ErrorCode

__all__ = [
    "ChangeAutoScalingGroupStateResult",
]


class ChangeAutoScalingGroupStateResult(ZStackModel):
    """The result of ChangeAutoScalingGroupState (ZStack's `ChangeAutoScalingGroupStateResult`)."""

    error: ErrorCode | None = None

    inventory: AutoScalingGroupInventory | None = None
