"""Result models: AddIdentityZoneFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .identity_zone_inventory import IdentityZoneInventory

__all__ = [
    "AddIdentityZoneFromRemoteResult",
]


class AddIdentityZoneFromRemoteResult(ZStackModel):
    """The ``AddIdentityZoneFromRemoteResult`` structure."""

    inventory: IdentityZoneInventory | None = None
