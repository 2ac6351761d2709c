"""Result models: CreateVxlanPoolRemoteVtepResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .remote_vtep_inventory import RemoteVtepInventory

__all__ = [
    "CreateVxlanPoolRemoteVtepResult",
]


class CreateVxlanPoolRemoteVtepResult(ZStackModel):
    """The result of CreateVxlanPoolRemoteVtep (ZStack's `CreateVxlanPoolRemoteVtepResult`)."""

    error: ErrorCode | None = None

    inventory: RemoteVtepInventory | None = None
