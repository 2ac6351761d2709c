"""Result models: CreateVxlanPoolRemoteVtepResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .remote_vtep_inventory import RemoteVtepInventory

__all__ = [
    "CreateVxlanPoolRemoteVtepResult",
]


class CreateVxlanPoolRemoteVtepResult(ZStackModel):
    """The ``CreateVxlanPoolRemoteVtepResult`` structure."""

    inventory: RemoteVtepInventory | None = None
