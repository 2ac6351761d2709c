"""Result models: HostDiskCapacity (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "HostDiskCapacity",
]


class HostDiskCapacity(ZStackModel):
    """ZStack's `HostDiskCapacity`."""

    available_capacity: int | None = None
    """availableCapacity (since 0.6)"""

    available_physical_capacity: int | None = None
    """availablePhysicalCapacity (since 0.6)"""

    host_uuid: str | None = None
    """物理机UUID (since 0.6)"""

    total_capacity: int | None = None
    """totalCapacity (since 0.6)"""

    total_physical_capacity: int | None = None
    """totalPhysicalCapacity (since 0.6)"""
