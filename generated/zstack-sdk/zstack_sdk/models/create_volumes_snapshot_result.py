"""Result models: CreateVolumesSnapshotResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "CreateVolumesSnapshotResult",
]


class CreateVolumesSnapshotResult(ZStackModel):
    """The result of CreateVolumesSnapshot (ZStack's `CreateVolumesSnapshotResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None
