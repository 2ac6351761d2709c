"""Result models: SyncHybridEipFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SyncHybridEipFromRemoteResult",
]


class SyncHybridEipFromRemoteResult(ZStackModel):
    """The result of SyncHybridEipFromRemote (ZStack's `SyncHybridEipFromRemoteResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None
