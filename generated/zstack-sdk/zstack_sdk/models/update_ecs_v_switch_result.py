"""Result models: UpdateEcsVSwitchResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .ecs_v_switch_inventory import EcsVSwitchInventory
from .error_code import ErrorCode

__all__ = [
    "UpdateEcsVSwitchResult",
]


class UpdateEcsVSwitchResult(ZStackModel):
    """The result of UpdateEcsVSwitch (ZStack's `UpdateEcsVSwitchResult`)."""

    error: ErrorCode | None = None

    inventory: EcsVSwitchInventory | None = None
