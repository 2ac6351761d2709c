"""Result models: CreateEcsVSwitchRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .ecs_v_switch_inventory import EcsVSwitchInventory

__all__ = [
    "CreateEcsVSwitchRemoteResult",
]


class CreateEcsVSwitchRemoteResult(ZStackModel):
    """The ``CreateEcsVSwitchRemoteResult`` structure."""

    inventory: EcsVSwitchInventory | None = None
