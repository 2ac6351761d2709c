"""Result models: GuestOsCharacterInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "GuestOsCharacterInventory",
]


class GuestOsCharacterInventory(ZStackModel):
    """ZStack's `GuestOsCharacterInventory`."""

    acpi: bool | None = None

    architecture: str | None = None

    cpu_model: str | None = None

    hygon_tag: bool | None = None

    nic_driver: str | None = None

    os_release: str | None = None

    platform: str | None = None

    x2apic: bool | None = None
