"""Result models: CreateEcsVSwitchRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .ecs_v_switch_inventory import EcsVSwitchInventory
from .error_code import ErrorCode

__all__ = [
    "CreateEcsVSwitchRemoteResult",
]


class CreateEcsVSwitchRemoteResult(ZStackModel):
    """The result of CreateEcsVSwitchRemote (ZStack's `CreateEcsVSwitchRemoteResult`)."""

    error: ErrorCode | None = None

    inventory: EcsVSwitchInventory | None = None
