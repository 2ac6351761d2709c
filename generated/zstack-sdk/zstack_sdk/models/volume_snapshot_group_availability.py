"""Result models: VolumeSnapshotGroupAvailability (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "VolumeSnapshotGroupAvailability",
]


class VolumeSnapshotGroupAvailability(ZStackModel):
    """ZStack's `VolumeSnapshotGroupAvailability`."""

    available: bool | None = None
    """是否可以恢复 (since 3.6.0)"""

    reason: str | None = None
    """不可恢复的理由，如可恢复则为空 (since 3.6.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.6.0)"""
