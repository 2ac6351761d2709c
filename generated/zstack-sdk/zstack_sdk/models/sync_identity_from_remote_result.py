"""Result models: SyncIdentityFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SyncIdentityFromRemoteResult",
]


class SyncIdentityFromRemoteResult(ZStackModel):
    """The result of SyncIdentityFromRemote (ZStack's `SyncIdentityFromRemoteResult`)."""

    error: ErrorCode | None = None
