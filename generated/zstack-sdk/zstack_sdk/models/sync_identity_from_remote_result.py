"""Result models: SyncIdentityFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SyncIdentityFromRemoteResult",
]


class SyncIdentityFromRemoteResult(ZStackModel):
    """The result of SyncIdentityFromRemote (ZStack's `SyncIdentityFromRemoteResult`)."""

    error: ErrorCode | None = None
