"""Result models: GetGuestOsMetadataResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .guest_os_character_inventory import GuestOsCharacterInventory

__all__ = [
    "GetGuestOsMetadataResult",
]


class GetGuestOsMetadataResult(ZStackModel):
    """The result of GetGuestOsMetadata (ZStack's `GetGuestOsMetadataResult`)."""

    error: ErrorCode | None = None

    inventories: list[GuestOsCharacterInventory] | None = None
