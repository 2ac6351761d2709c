"""Result models: ValidateVolumeSnapshotChainResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ValidateVolumeSnapshotChainResult",
]


class ValidateVolumeSnapshotChainResult(ZStackModel):
    """The result of ValidateVolumeSnapshotChain (ZStack's `ValidateVolumeSnapshotChainResult`)."""

    error: ErrorCode | None = None
