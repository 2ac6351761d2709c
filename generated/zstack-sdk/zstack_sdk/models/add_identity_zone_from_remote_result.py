"""Result models: AddIdentityZoneFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .identity_zone_inventory import IdentityZoneInventory

__all__ = [
    "AddIdentityZoneFromRemoteResult",
]


class AddIdentityZoneFromRemoteResult(ZStackModel):
    """The result of AddIdentityZoneFromRemote (ZStack's `AddIdentityZoneFromRemoteResult`)."""

    error: ErrorCode | None = None

    inventory: IdentityZoneInventory | None = None
