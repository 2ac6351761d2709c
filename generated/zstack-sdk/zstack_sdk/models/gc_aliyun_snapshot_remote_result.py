"""Result models: GCAliyunSnapshotRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GCAliyunSnapshotRemoteResult",
]


class GCAliyunSnapshotRemoteResult(ZStackModel):
    """The result of GCAliyunSnapshotRemote (ZStack's `GCAliyunSnapshotRemoteResult`)."""

    error: ErrorCode | None = None
