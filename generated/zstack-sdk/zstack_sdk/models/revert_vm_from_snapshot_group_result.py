"""Result models: RevertVmFromSnapshotGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .revert_snapshot_group_result import RevertSnapshotGroupResult

__all__ = [
    "RevertVmFromSnapshotGroupResult",
]


class RevertVmFromSnapshotGroupResult(ZStackModel):
    """The result of RevertVmFromSnapshotGroup (ZStack's `RevertVmFromSnapshotGroupResult`)."""

    error: ErrorCode | None = None

    results: list[RevertSnapshotGroupResult] | None = None
