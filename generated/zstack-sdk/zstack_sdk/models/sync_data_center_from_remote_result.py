"""Result models: SyncDataCenterFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SyncDataCenterFromRemoteResult",
]


class SyncDataCenterFromRemoteResult(ZStackModel):
    """The result of SyncDataCenterFromRemote (ZStack's `SyncDataCenterFromRemoteResult`)."""

    error: ErrorCode | None = None
