"""Result models: BatchDeleteVolumeSnapshotResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "BatchDeleteVolumeSnapshotResult",
]


class BatchDeleteVolumeSnapshotResult(ZStackModel):
    """The ``BatchDeleteVolumeSnapshotResult`` structure."""

    results: list[Any] | None = None
