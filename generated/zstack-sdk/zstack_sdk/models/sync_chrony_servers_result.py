"""Result models: SyncChronyServersResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SyncChronyServersResult",
]


class SyncChronyServersResult(ZStackModel):
    """The result of SyncChronyServers (ZStack's `SyncChronyServersResult`)."""

    error: ErrorCode | None = None
