"""Result models: VmCapabilities (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "VmCapabilities",
]


class VmCapabilities(ZStackModel):
    """ZStack's `VmCapabilities`."""

    support_live_migration: bool | None = None
    """supportLiveMigration (since 4.0.0)"""

    support_memory_snapshot: bool | None = None
    """supportMemorySnapshot (since 4.0.0)"""

    support_reimage: bool | None = None
    """supportReimage (since 4.0.0)"""

    support_volume_migration: bool | None = None
    """supportVolumeMigration (since 4.0.0)"""
